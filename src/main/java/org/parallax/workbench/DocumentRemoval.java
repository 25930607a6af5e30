package org.parallax.workbench;

import java.util.List;
import java.util.Optional;
import org.parallax.model.Document;

/**
 * Documents removed from the project as one undoable action: what went (the documents, their coded passages) and
 * the backup taken before (none for a team project, backed up on its server, nor for a dry run).
 */
public record DocumentRemoval(List<Document> documents, int passages, Optional<Backup> backup) {
    public DocumentRemoval {
        documents = List.copyOf(documents);
    }
}
