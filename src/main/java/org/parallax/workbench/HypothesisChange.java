package org.parallax.workbench;

import java.util.Map;
import org.parallax.model.Hypothesis;

/**
 * Renaming a hypothesis, rewriting its statement or changing its prior (with the catch-all's beside it), as one step
 * of the undo history.
 */
record HypothesisChange(Project project, State before, State after) implements ChangeOfState<HypothesisChange.State> {
    /** A hypothesis as it reads, with the priors of the set's hypotheses the step changes. */
    record State(Hypothesis hypothesis, Map<Long, Double> priors) {
        State {
            priors = Map.copyOf(priors);
        }
    }

    @Override
    public String label() {
        return "Edit hypothesis " + after.hypothesis().name();
    }

    @Override
    public void write(State state) {
        project.store.write(() -> {
            project.tracing.updateHypothesis(state.hypothesis().id(), state.hypothesis().name(),
                    state.hypothesis().statement());
            project.tracing.setPriors(state.priors());
            return null;
        });
        project.fire(ProjectEvent.TRACING);
    }
}
