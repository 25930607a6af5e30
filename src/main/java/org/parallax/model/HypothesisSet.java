package org.parallax.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Mutually exclusive, exhaustive hypotheses about one question, in their order; their priors sum to 1. */
public record HypothesisSet(long id, String name, String description, List<Hypothesis> hypotheses) {
    /** How far the priors' sum may stray from 1 (decimal input such as 0.1 + 0.2 is not exact). */
    public static final double PRIOR_TOLERANCE = 1e-6;

    public HypothesisSet {
        hypotheses = List.copyOf(hypotheses);
    }

    public Optional<Hypothesis> hypothesis(String hypothesisName) {
        String wanted = hypothesisName.strip().toLowerCase(Locale.ROOT);
        return hypotheses.stream().filter(h -> h.name().toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }

    public double priorSum() {
        return hypotheses.stream().mapToDouble(Hypothesis::prior).sum();
    }

    /** Throws in words unless the set can weigh evidence: two or more hypotheses whose priors sum to 1. */
    public void requireComplete() {
        if (hypotheses.size() < 2) {
            throw new ParallaxException("Hypothesis set '" + name + "' needs at least two hypotheses (add a rival or "
                    + "a catch-all) before it can weigh evidence");
        }
        double sum = priorSum();
        if (Math.abs(sum - 1) > PRIOR_TOLERANCE) {
            throw new ParallaxException(String.format(Locale.ROOT, "Hypothesis set '%s': the priors sum to %.4f, not 1 "
                    + "(the hypotheses must be exclusive and exhaustive; add a catch-all or change a prior)", name, sum));
        }
    }
}
