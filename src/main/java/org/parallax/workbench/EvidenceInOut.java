package org.parallax.workbench;

import org.parallax.model.ParallaxException;
import org.parallax.store.TracingStore.KeptEvidence;

/**
 * Recording or removing an evidence item as one step of the undo history. Whichever way the step goes, the item is
 * taken out with its rows as stored and put back from them: under its id, with its first recording time, as it stood
 * when it was taken out, each passage still telling a passage changed since from the one quoted.
 */
final class EvidenceInOut extends InOutEdit {
    private final Project project;
    private final long evidenceId;
    /** The item while this step has it out of the project. */
    private KeptEvidence kept;

    private EvidenceInOut(Project project, long evidenceId, boolean recorded, KeptEvidence kept) {
        super(recorded);
        this.project = project;
        this.evidenceId = evidenceId;
        this.kept = kept;
    }

    /** The step of an item just recorded: undo takes it out, redo puts it back. */
    static EvidenceInOut recording(Project project, long evidenceId) {
        return new EvidenceInOut(project, evidenceId, true, null);
    }

    /** Takes an item out of the project as a step whose undo puts it back. */
    static EvidenceInOut removal(Project project, long evidenceId) {
        EvidenceInOut step = new EvidenceInOut(project, evidenceId, false, null);
        step.takeOut();
        return step;
    }

    @Override
    public String label() {
        return (added() ? "Record" : "Delete") + " evidence #" + evidenceId;
    }

    @Override
    void takeOut() {
        kept = project.tracing.takeOutEvidence(evidenceId).orElseThrow(() -> new ParallaxException("Evidence #"
                + evidenceId + " is no longer in the project"));
        project.fire(ProjectEvent.TRACING);
    }

    @Override
    void putIn() {
        project.tracing.putBackEvidence(kept);
        kept = null;
        project.fire(ProjectEvent.TRACING);
    }
}
