package org.parallax.workbench;

import org.parallax.model.Evidence;

/** Editing an evidence item's description, note, date, group or likelihoods, as one step of the undo history. */
record EvidenceChange(Project project, Evidence before, Evidence after) implements ChangeOfState<Evidence> {
    @Override
    public String label() {
        return "Edit evidence #" + after.id();
    }

    @Override
    public void write(Evidence item) {
        project.tracing.updateEvidence(item.id(), item.description(), item.note(), item.eventDate(), item.group(),
                item.likelihoods());
        project.fire(ProjectEvent.TRACING);
    }
}
