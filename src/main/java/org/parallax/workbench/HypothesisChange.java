package org.parallax.workbench;

import org.parallax.model.Hypothesis;

/** Renaming a hypothesis or rewriting its statement, as one step of the undo history. */
record HypothesisChange(Project project, Hypothesis before, Hypothesis after) implements ChangeOfState<Hypothesis> {
    @Override
    public String label() {
        return "Edit hypothesis " + after.name();
    }

    @Override
    public void write(Hypothesis h) {
        project.tracing.updateHypothesis(h.id(), h.name(), h.statement());
        project.fire(ProjectEvent.TRACING);
    }
}
