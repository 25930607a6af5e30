package org.parallax.workbench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.parallax.model.Hypothesis;
import org.parallax.model.ParallaxException;

/**
 * Adding or removing hypotheses as one step of the undo history: the set a first hypothesis started goes and comes
 * with it, the catch-all's prior gives and takes back what the hypothesis holds, and a hypothesis comes back under its
 * id and at its place in the set. A set that weighs evidence keeps its hypotheses: the evidence gives a likelihood for
 * each, and would lose it.
 */
final class HypothesesInOut extends InOutEdit {
    /** A set this step made, to put back as it was. */
    record MadeSet(long id, String name, String description, Instant created) {
    }

    /** A hypothesis with its place in its set's order. */
    record Placed(Hypothesis hypothesis, int position) {
    }

    private final Project project;
    private final String label;
    private final long setId;
    private final MadeSet made;
    private final List<Placed> hypotheses;
    private final Map<Long, Double> priorsWithout;
    private final Map<Long, Double> priorsWith;

    HypothesesInOut(Project project, String label, long setId, MadeSet made, List<Placed> hypotheses,
                    Map<Long, Double> priorsWithout, Map<Long, Double> priorsWith, boolean added) {
        super(added);
        this.project = project;
        this.label = label;
        this.setId = setId;
        this.made = made;
        this.hypotheses = List.copyOf(hypotheses);
        this.priorsWithout = Map.copyOf(priorsWithout);
        this.priorsWith = Map.copyOf(priorsWith);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    void putIn() {
        project.store.write(() -> {
            if (made != null) {
                project.tracing.putBackSet(made.id(), made.name(), made.description(), made.created());
            }
            hypotheses.forEach(p -> project.tracing.putBackHypothesis(setId, p.hypothesis(), p.position()));
            project.tracing.setPriors(priorsWith);
            return null;
        });
        project.fire(ProjectEvent.TRACING);
    }

    @Override
    void takeOut() {
        if (!project.tracing.evidence(setId).isEmpty() || project.tracing.hiddenEvidence(setId) > 0) {
            throw new ParallaxException("The hypothesis set weighs evidence now, which gives a likelihood for "
                    + hypotheses.get(0).hypothesis().name() + "; its hypotheses stay");
        }
        project.store.write(() -> {
            hypotheses.forEach(p -> project.tracing.deleteHypothesis(p.hypothesis().id()));
            project.tracing.setPriors(priorsWithout);
            if (made != null) {
                project.tracing.deleteSet(made.id());
            }
            return null;
        });
        project.fire(ProjectEvent.TRACING);
    }
}
