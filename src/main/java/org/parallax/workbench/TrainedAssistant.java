package org.parallax.workbench;

import java.util.List;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;

/**
 * The assistant trained once on every document its coder has coded, kept to suggest for many documents
 * (while reading, or the benchmark); close it to free its in-memory index.
 */
public final class TrainedAssistant implements AutoCloseable {
    private final Project project;
    private final AssistantModel model;

    TrainedAssistant(Project project, AssistantModel model) {
        this.project = project;
        this.model = model;
    }

    /** Every suggestion at or above the threshold for a document's units. */
    public List<Suggestion> suggest(long documentId) {
        Document document = project.documents.get(documentId)
                .orElseThrow(() -> new ParallaxException("No document with id " + documentId));
        return model.suggest(document, project.documents.text(documentId));
    }

    /** Units learnt from, coded and uncoded. */
    public int units() {
        return model.units();
    }

    /** Units learnt from that carry a code. */
    public int codedUnits() {
        return model.codedExamples();
    }

    @Override
    public void close() {
        model.close();
    }
}
