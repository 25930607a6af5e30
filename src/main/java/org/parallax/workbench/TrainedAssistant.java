package org.parallax.workbench;

import java.util.List;
import java.util.Set;
import org.parallax.model.Segment;
import org.parallax.store.ProvenanceStore;
import org.parallax.model.Document;

/**
 * The assistant trained once on every document its coder has coded, kept to suggest for many documents
 * (while reading, or the benchmark); close it to free its in-memory index.
 */
public final class TrainedAssistant implements AutoCloseable {
    private final Project project;
    private final AssistantSettings settings;
    private final AssistantModel model;
    private final int warmedUnits;

    TrainedAssistant(Project project, AssistantSettings settings, AssistantModel model, int warmedUnits) {
        this.project = project;
        this.settings = settings;
        this.model = model;
        this.warmedUnits = warmedUnits;
    }

    /** Units the warm-up after training judged (and dropped). */
    int warmedUnits() {
        return warmedUnits;
    }

    /** The settings it was trained with (stored as provenance of what the analyst accepts). */
    public AssistantSettings settings() {
        return settings;
    }

    /**
     * Suggestions to show while reading a document: without the ones the active coder rejected before and without
     * codes the active coder already gave to an overlapping passage.
     */
    public List<Suggestion> suggestForReading(long documentId) {
        return candidatesForReading(documentId).stream().filter(s -> s.confidence() >= settings.threshold()).toList();
    }

    /**
     * What {@link #suggestForReading} would show at any threshold: every code of every unit with its confidence,
     * so the window can change the threshold (and say how far below it the strongest suggestion stayed) without
     * training again.
     */
    public List<Suggestion> candidatesForReading(long documentId) {
        Document document = document(documentId);
        long coder = project.activeCoder().id();
        Set<String> rejected = project.provenance.rejections(documentId, coder);
        List<Segment> own = project.segments.ofDocument(documentId).stream().filter(s -> s.coderId() == coder)
                .toList();
        return model.candidates(document, project.documents.text(documentId)).stream()
                .filter(s -> !rejected.contains(ProvenanceStore.rejectionKey(s.start(), s.end(), s.codeId())))
                .filter(s -> own.stream().noneMatch(p -> p.codeId() == s.codeId() && p.overlaps(s.start(), s.end())))
                .toList();
    }

    /** Every suggestion at or above the threshold for a document's units. */
    public List<Suggestion> suggest(long documentId) {
        return model.suggest(document(documentId), project.documents.text(documentId));
    }

    private Document document(long documentId) {
        return project.documents.get(documentId)
                .orElseThrow(() -> project.noDocument(documentId));
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
