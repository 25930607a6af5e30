package org.parallax.workbench;

import java.util.List;
import org.parallax.model.Document;
import org.parallax.store.RemovedDocuments;

/**
 * Undo of a document removal: revert puts the documents back with every row that pointed at them, under the same
 * ids (passages, memos, anchors, the assistant's records; evidence quoting their passages is whole again), and the
 * search index takes them in again; apply removes them again. The rows are held only while they are out of the
 * project: each removal reads them afresh in the transaction that deletes them.
 */
final class RemovalEdit implements Edit {
    private final Project project;
    private final String label;
    private final List<Long> ids;
    /** The rows as the last removal took them out; null while the documents are in the project. */
    private RemovedDocuments removed;

    private RemovalEdit(Project project, String label, RemovedDocuments removed) {
        this.project = project;
        this.label = label;
        this.ids = removed.ids();
        this.removed = removed;
    }

    /** Removes the documents in one transaction and returns the edit that brings them back. */
    static RemovalEdit remove(Project project, String label, List<Long> ids) {
        return new RemovalEdit(project, label, take(project, ids));
    }

    RemovedDocuments removed() {
        return removed;
    }

    @Override
    public String label() {
        return label;
    }

    /** The removed documents' rows while they are out of the project (texts, passages, memos): nothing once back. */
    @Override
    public long heldBytes() {
        RemovedDocuments out = removed;
        return out == null ? 0 : out.heldBytes();
    }

    @Override
    public void apply() {
        removed = take(project, ids);
    }

    @Override
    public void revert() {
        RemovedDocuments back = removed;
        project.store.write(() -> {
            project.documents.restore(back);
            return null;
        });
        removed = null;
        List<Document> documents = ids.stream().map(id -> project.documents.get(id).orElseThrow()).toList();
        project.reindex(documents, project.documents::text);
        changed(project);
    }

    private static RemovedDocuments take(Project project, List<Long> ids) {
        RemovedDocuments out = project.store.write(() -> {
            Pseudonyms.keepValues(project);
            return project.documents.remove(ids);
        });
        project.indexCatchUp.exclusive(() -> ids.forEach(id -> {
            project.indexCatchUp.forget(id);
            project.indexUnlessInUse().ifPresent(i -> i.delete(id));
        }));
        changed(project);
        return out;
    }

    private static void changed(Project project) {
        project.segmentCache.invalidate();
        project.fire(ProjectEvent.DOCUMENTS);
        project.fire(ProjectEvent.SEGMENTS);
        project.fire(ProjectEvent.MEMOS);
        project.fire(ProjectEvent.TRACING);
    }
}
