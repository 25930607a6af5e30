package org.parallax.model;

import java.util.Comparator;
import java.util.List;

/** Bayes' rule applied to a hypothesis set, evidence item by evidence item in date order (computed by analysis.tracing.LedgerCalculation). */
public record Ledger(HypothesisSet set, List<LedgerStep> steps) {
    public Ledger {
        steps = List.copyOf(steps);
    }

    /** The posteriors after the last item, or the priors when there is no evidence yet. */
    public double[] finalPosterior() {
        return steps.isEmpty() ? set.hypotheses().stream().mapToDouble(h -> h.prior()).toArray()
                : steps.get(steps.size() - 1).posterior();
    }

    public double[] finalLow() {
        return steps.isEmpty() ? finalPosterior() : steps.get(steps.size() - 1).low();
    }

    public double[] finalHigh() {
        return steps.isEmpty() ? finalPosterior() : steps.get(steps.size() - 1).high();
    }

    /** The counted items, the one that moved the posteriors most first. */
    public List<LedgerStep> byInfluence() {
        return steps.stream().filter(LedgerStep::counted)
                .sorted(Comparator.comparingDouble(LedgerStep::shift).reversed()).toList();
    }
}
