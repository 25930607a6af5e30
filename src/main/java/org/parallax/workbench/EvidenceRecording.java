package org.parallax.workbench;

import java.time.Instant;
import java.util.List;
import org.parallax.model.Evidence;
import org.parallax.model.ParallaxException;
import org.parallax.store.TracingStore.QuotedPassage;

/**
 * Recording an evidence item as one step of the undo history: undo takes the item out, redo puts it back under its
 * id, as it stood when it was taken out (a change made to it in between comes back too) and with its first recording
 * time.
 */
final class EvidenceRecording implements Edit {
    private final Project project;
    private final long setId;
    private final long evidenceId;
    private final List<QuotedPassage> passages;
    private final Instant recorded;
    /** The item as undo found it, for redo to put back. */
    private Evidence removed;

    EvidenceRecording(Project project, long setId, long evidenceId, List<QuotedPassage> passages, Instant recorded) {
        this.project = project;
        this.setId = setId;
        this.evidenceId = evidenceId;
        this.passages = List.copyOf(passages);
        this.recorded = recorded;
    }

    @Override
    public String label() {
        return "Record evidence #" + evidenceId;
    }

    @Override
    public void apply() {
        Evidence item = removed;
        project.tracing.restoreEvidence(evidenceId, setId, item.description(), item.note(), item.eventDate(),
                item.group(), item.likelihoods(), passages, recorded);
        project.fire(ProjectEvent.TRACING);
    }

    @Override
    public void revert() {
        removed = project.store.write(() -> {
            Evidence item = project.tracing.evidence(setId).stream().filter(e -> e.id() == evidenceId).findFirst()
                    .orElseThrow(() -> new ParallaxException("Evidence #" + evidenceId + " is no longer in the "
                            + "project"));
            project.tracing.deleteEvidence(evidenceId);
            return item;
        });
        project.fire(ProjectEvent.TRACING);
    }
}
