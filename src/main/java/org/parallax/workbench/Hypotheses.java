package org.parallax.workbench;

import static org.parallax.workbench.ProcessTracing.limit;
import static org.parallax.workbench.ProcessTracing.required;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.parallax.analysis.tracing.StudyHypotheses;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.model.AlreadyThereException;
import org.parallax.model.ParallaxException;

/**
 * Adding, editing and deleting the hypotheses of process tracing's sets, each as one step of the undo history
 * (docs/process-tracing.md): the set a first hypothesis starts goes and comes with it, and the catch-all's prior
 * gives to and takes back from the hypotheses beside it.
 */
final class Hypotheses {
    private final Project project;
    private final ProcessTracing tracing;

    Hypotheses(Project project, ProcessTracing tracing) {
        this.project = project;
        this.tracing = tracing;
    }

    /**
     * Adds a hypothesis, starting the set when new. A catch-all given no prior takes what the others leave of 1;
     * a hypothesis added beside a catch-all takes its prior from the catch-all. Priors over 1 in sum are refused.
     */
    Hypothesis add(String setName, String name, String statement, Double prior, boolean catchAll) {
        String cleanName = required(name, "A hypothesis needs a name");
        String cleanSet = required(setName, "A hypothesis set needs a name");
        Instant created = project.now();
        // The set is looked up in the transaction that is run again: a member starting the same set at the same
        // moment makes this run collide on its name, and the run again joins the set they made.
        HypothesesInOut step = project.store.write(() -> {
            HypothesisSet set = project.tracing.set(cleanSet).orElse(null);
            Placing placing = placing(set, cleanSet, cleanName, prior, catchAll);
            String cleanStatement = statement == null || statement.isBlank() ? cleanName : limit(statement.strip());
            long setId = set != null ? set.id() : project.tracing.createSet(cleanSet, null, created);
            project.tracing.setPriors(placing.takeFromCatchAll());
            Hypothesis h = project.tracing.addHypothesis(setId, cleanName, cleanStatement, placing.prior(), catchAll);
            Hypothesis catchAllNow = placing.catchAllNow();
            return new HypothesesInOut(project, "Add hypothesis " + h.name(), setId,
                    set != null ? null : new HypothesesInOut.MadeSet(setId, cleanSet, null, created),
                    List.of(new HypothesesInOut.Placed(h, project.tracing.position(h.id()))),
                    catchAllNow == null ? Map.of() : Map.of(catchAllNow.id(), catchAllNow.prior()),
                    placing.takeFromCatchAll(), true);
        });
        project.history.record(step);
        project.fire(ProjectEvent.TRACING);
        return project.tracing.set(cleanSet).orElseThrow().hypothesis(cleanName).orElseThrow();
    }

    /** A new hypothesis's prior, and what it takes from the set's catch-all, if the set has one. */
    private record Placing(double prior, Hypothesis catchAllNow, Map<Long, Double> takeFromCatchAll) {
    }

    /** Checks a new hypothesis against the set as it is now ({@code set} null: a new set); refuses what cannot go in. */
    private Placing placing(HypothesisSet set, String cleanSet, String cleanName, Double prior, boolean catchAll) {
        List<Hypothesis> existing = set == null ? List.of() : set.hypotheses();
        if (existing.stream().anyMatch(h -> h.name().equalsIgnoreCase(cleanName))) {
            throw AlreadyThereException.added("Hypothesis set '" + cleanSet + "' already has a hypothesis "
                    + cleanName, "hypothesis", "process tracing");
        }
        if (set != null && !project.tracing.evidence(set.id()).isEmpty()) {
            throw new ParallaxException("Hypothesis set '" + set.name() + "' already weighs evidence, which gives no "
                    + "P(E|" + cleanName + "); start a new set to add hypotheses");
        }
        Hypothesis catchAllNow = existing.stream().filter(Hypothesis::catchAll).findFirst().orElse(null);
        if (catchAll && catchAllNow != null) {
            throw AlreadyThereException.added("Hypothesis set '" + cleanSet + "' already has a catch-all: "
                    + catchAllNow.name(), "catch-all", "process tracing");
        }
        double others = existing.stream().mapToDouble(Hypothesis::prior).sum();
        double p = prior != null ? prior : catchAll ? decimal(Math.max(0, 1 - others)) : Double.NaN;
        if (Double.isNaN(p)) {
            throw new ParallaxException("Hypothesis " + cleanName + " needs a prior (--prior P, between 0 and 1)");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new ParallaxException("The prior of " + cleanName + " must lie between 0 and 1, not " + p);
        }
        Map<Long, Double> takeFromCatchAll = new LinkedHashMap<>();
        if (catchAllNow != null) {
            if (p > catchAllNow.prior() + HypothesisSet.PRIOR_TOLERANCE) {
                throw new ParallaxException(String.format(Locale.ROOT, "The prior of %s (%s) is more than the catch-all "
                        + "%s has left (%s); lower it or another prior first", cleanName, p, catchAllNow.name(),
                        catchAllNow.prior()));
            }
            takeFromCatchAll.put(catchAllNow.id(), decimal(Math.max(0, catchAllNow.prior() - p)));
        } else if (others + p > 1 + HypothesisSet.PRIOR_TOLERANCE) {
            throw new ParallaxException(String.format(Locale.ROOT, "With %s at %s the priors of set '%s' would sum to "
                    + "%.4f, more than 1", cleanName, p, cleanSet, others + p));
        }
        return new Placing(p, catchAllNow, takeFromCatchAll);
    }

    /**
     * Renames a hypothesis, rewrites its statement or changes its prior, as one step of the undo history; a null
     * name, statement or prior keeps the one it has. A new prior takes from or gives to the set's catch-all, as adding
     * a hypothesis does; without one, priors over 1 in sum are refused.
     */
    Hypothesis edit(String setName, String name, String newName, String statement, Double prior) {
        HypothesisSet set = tracing.set(setName);
        Hypothesis before = hypothesis(set, name);
        String cleanName = newName == null || newName.isBlank() ? before.name() : newName.strip();
        if (set.hypotheses().stream().anyMatch(h -> h.id() != before.id() && h.name().equalsIgnoreCase(cleanName))) {
            throw AlreadyThereException.added("Hypothesis set '" + set.name() + "' already has a hypothesis "
                    + cleanName, "hypothesis", "process tracing");
        }
        String cleanStatement = statement == null ? before.statement()
                : statement.isBlank() ? cleanName : limit(statement.strip());
        double p = prior == null ? before.prior() : prior;
        if (!(p >= 0 && p <= 1)) {
            throw new ParallaxException("The prior of " + cleanName + " must lie between 0 and 1, not " + p);
        }
        Map<Long, Double> priorsBefore = new LinkedHashMap<>(Map.of(before.id(), before.prior()));
        Map<Long, Double> priorsAfter = new LinkedHashMap<>(Map.of(before.id(), p));
        Hypothesis catchAll = set.hypotheses().stream().filter(h -> h.catchAll() && h.id() != before.id()).findFirst()
                .orElse(null);
        if (catchAll != null && p != before.prior()) {
            double left = catchAll.prior() - (p - before.prior());
            if (left < -HypothesisSet.PRIOR_TOLERANCE) {
                throw new ParallaxException(String.format(Locale.ROOT, "The prior of %s (%s) is more than it had "
                        + "(%s) and the catch-all %s has left (%s); lower another prior first", cleanName, p,
                        before.prior(), catchAll.name(), catchAll.prior()));
            }
            priorsBefore.put(catchAll.id(), catchAll.prior());
            priorsAfter.put(catchAll.id(), decimal(Math.max(0, left)));
        } else if (set.priorSum() - before.prior() + p > 1 + HypothesisSet.PRIOR_TOLERANCE) {
            throw new ParallaxException(String.format(Locale.ROOT, "With %s at %s the priors of set '%s' would sum to "
                    + "%.4f, more than 1", cleanName, p, set.name(), set.priorSum() - before.prior() + p));
        }
        Hypothesis after = new Hypothesis(before.id(), cleanName, cleanStatement, p, before.catchAll());
        HypothesisChange change = new HypothesisChange(project, new HypothesisChange.State(before, priorsBefore),
                new HypothesisChange.State(after, priorsAfter));
        change.apply();
        project.history.record(change);
        return after;
    }

    /**
     * Deletes a hypothesis as one step of the undo history; its prior goes back to the set's catch-all, as adding it
     * took it from there. Refused while the set weighs evidence, which gives a likelihood for it.
     */
    void delete(String setName, String name) {
        HypothesisSet set = tracing.set(setName);
        Hypothesis gone = hypothesis(set, name);
        Hypothesis catchAll = set.hypotheses().stream().filter(h -> h.catchAll() && h.id() != gone.id()).findFirst()
                .orElse(null);
        Map<Long, Double> with = catchAll == null ? Map.of() : Map.of(catchAll.id(), catchAll.prior());
        Map<Long, Double> without = catchAll == null ? Map.of()
                : Map.of(catchAll.id(), decimal(Math.min(1, catchAll.prior() + gone.prior())));
        HypothesesInOut removal = new HypothesesInOut(project, "Delete hypothesis " + gone.name(), set.id(), null,
                List.of(new HypothesesInOut.Placed(gone, project.tracing.position(gone.id()))), without, with, false);
        if (!project.tracing.evidence(set.id()).isEmpty() || project.tracing.hiddenEvidence(set.id()) > 0) {
            throw new ParallaxException("Hypothesis set '" + set.name() + "' weighs evidence, which gives P(E|"
                    + gone.name() + "); delete that evidence first, or start a new set");
        }
        removal.apply();
        project.history.record(removal);
    }

    private static Hypothesis hypothesis(HypothesisSet set, String name) {
        return set.hypothesis(required(name, "Which hypothesis? Give its name")).orElseThrow(() ->
                new ParallaxException("Hypothesis set '" + set.name() + "' has no hypothesis " + name.strip()
                        + " (it has: " + set.hypotheses().stream().map(Hypothesis::name)
                        .collect(Collectors.joining(", ")) + ")"));
    }

    /** Adds the study's H1, H2 and catch-all as a new set (docs/process-tracing.md); refuses if the set exists. */
    HypothesisSet installStudyTemplate() {
        HypothesisSet template = StudyHypotheses.TEMPLATE;
        Instant created = project.now();
        HypothesesInOut step = project.store.write(() -> {
            // Asked in the transaction that is run again, as for a first hypothesis (see add).
            if (project.tracing.set(template.name()).isPresent()) {
                throw AlreadyThereException.added("Hypothesis set '" + template.name()
                        + "' is already in the project", "set", "process tracing");
            }
            long setId = project.tracing.createSet(template.name(), template.description(), created);
            List<HypothesesInOut.Placed> added = template.hypotheses().stream().map(h -> project.tracing
                    .addHypothesis(setId, h.name(), h.statement(), h.prior(), h.catchAll())).map(h ->
                    new HypothesesInOut.Placed(h, project.tracing.position(h.id()))).toList();
            return new HypothesesInOut(project, "Add the study's hypotheses", setId, new HypothesesInOut.MadeSet(setId,
                    template.name(), template.description(), created), added, Map.of(), Map.of(), true);
        });
        project.history.record(step);
        project.fire(ProjectEvent.TRACING);
        return tracing.set(template.name());
    }

    /** A remainder such as 1 - 0.8 as the decimal the analyst would write (0.2, not 0.19999999999999996). */
    private static double decimal(double value) {
        return Math.round(value * 1e12) / 1e12;
    }

}
