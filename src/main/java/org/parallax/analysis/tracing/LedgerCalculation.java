package org.parallax.analysis.tracing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Evidence;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.model.Ledger;
import org.parallax.model.LedgerStep;
import org.parallax.model.Likelihood;

/**
 * Computes a {@link Ledger}. Posterior odds = prior odds × likelihoods, normalised over the set after each item, in
 * log space so that a thousand small likelihoods do not underflow. The posterior of H rises with P(E|H) and falls with
 * every rival's, so with ranges its exact lowest value comes from H's low ends and the rivals' high ends (the highest
 * the other way round); each bound is carried through the items as a state of its own. A dependency group counts
 * once, with the likelihoods of its first item in date order (docs/process-tracing.md).
 */
public final class LedgerCalculation {
    private LedgerCalculation() {
    }

    /** Orders evidence as the ledger does: by date (undated last), then by id. */
    public static final Comparator<Evidence> ORDER = Comparator.comparing(Evidence::date,
            Comparator.nullsLast(Comparator.<LocalDate>naturalOrder())).thenComparingLong(Evidence::id);

    public static Ledger compute(HypothesisSet set, List<Evidence> evidence) {
        set.requireComplete();
        List<Hypothesis> hs = set.hypotheses();
        int n = hs.size();
        double[] point = logPriors(hs);
        double[][] lowStates = new double[n][];
        double[][] highStates = new double[n][];
        for (int i = 0; i < n; i++) {
            lowStates[i] = point.clone();
            highStates[i] = point.clone();
        }
        Map<String, Long> groupFirst = new HashMap<>();
        List<LedgerStep> steps = new ArrayList<>(evidence.size());
        double[] before = probabilities(point);
        for (Evidence e : evidence.stream().sorted(ORDER).toList()) {
            Long countedWith = e.group() == null ? null : groupFirst.get(e.group());
            if (e.group() != null && countedWith == null) {
                groupFirst.put(e.group(), e.id());
            }
            if (countedWith != null) {
                steps.add(new LedgerStep(e, e.date(), countedWith, before, last(steps, true, before),
                        last(steps, false, before), ones(n), new double[n], 0));
                continue;
            }
            double[] lo = new double[n];
            double[] hi = new double[n];
            double[] mid = new double[n];
            for (int j = 0; j < n; j++) {
                Likelihood l = e.likelihood(hs.get(j));
                lo[j] = l.low();
                hi[j] = l.high();
                mid[j] = l.point();
            }
            double[] ratio = likelihoodRatios(before, mid);
            update(point, mid);
            double[] low = new double[n];
            double[] high = new double[n];
            for (int i = 0; i < n; i++) {
                update(lowStates[i], extreme(lo, hi, i));
                update(highStates[i], extreme(hi, lo, i));
                low[i] = probability(lowStates[i], i);
                high[i] = probability(highStates[i], i);
            }
            double[] after = probabilities(point);
            double[] decibels = new double[n];
            for (int i = 0; i < n; i++) {
                decibels[i] = 10 * Math.log10(ratio[i]);
            }
            steps.add(new LedgerStep(e, e.date(), null, after, low, high, ratio, decibels, shift(before, after)));
            before = after;
        }
        return new Ledger(set, steps);
    }

    private static double[] logPriors(List<Hypothesis> hs) {
        return hs.stream().mapToDouble(h -> Math.log(h.prior())).toArray();
    }

    /** {@code own} for hypothesis i, {@code rivals} for every other: the corner of the ranges that bounds H_i. */
    private static double[] extreme(double[] own, double[] rivals, int i) {
        double[] l = rivals.clone();
        l[i] = own[i];
        return l;
    }

    /** Multiplies by the likelihoods and renormalises, in logs; a state with every entry 0 stays so. */
    private static void update(double[] logState, double[] likelihood) {
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < logState.length; j++) {
            logState[j] += Math.log(likelihood[j]);
            max = Math.max(max, logState[j]);
        }
        if (max == Double.NEGATIVE_INFINITY) {
            return;
        }
        double sum = 0;
        for (double v : logState) {
            sum += Math.exp(v - max);
        }
        double norm = max + Math.log(sum);
        for (int j = 0; j < logState.length; j++) {
            logState[j] -= norm;
        }
    }

    /** H_i's probability in a normalised log state; 0 when its numerator is 0 (0/0 included: H_i is out either way). */
    private static double probability(double[] logState, int i) {
        return logState[i] == Double.NEGATIVE_INFINITY ? 0 : Math.exp(logState[i]);
    }

    /** The point posteriors; NaN throughout when every hypothesis is at 0 (the evidence contradicts the set). */
    private static double[] probabilities(double[] logState) {
        double[] p = new double[logState.length];
        boolean any = false;
        for (int j = 0; j < p.length; j++) {
            p[j] = probability(logState, j);
            any |= p[j] > 0;
        }
        if (!any) {
            java.util.Arrays.fill(p, Double.NaN);
        }
        return p;
    }

    /** P(E|H_i) / P(E|not H_i), the rivals weighted by their probabilities before the item (odds form of Bayes' rule). */
    private static double[] likelihoodRatios(double[] before, double[] likelihood) {
        double[] ratio = new double[before.length];
        for (int i = 0; i < before.length; i++) {
            double weight = 0;
            double sum = 0;
            for (int j = 0; j < before.length; j++) {
                if (j != i) {
                    weight += before[j];
                    sum += before[j] * likelihood[j];
                }
            }
            ratio[i] = weight > 0 ? likelihood[i] / (sum / weight) : Double.NaN;
        }
        return ratio;
    }

    private static double shift(double[] before, double[] after) {
        double sum = 0;
        for (int j = 0; j < before.length; j++) {
            sum += Math.abs(after[j] - before[j]);
        }
        return Double.isNaN(sum) ? 0 : sum / 2;
    }

    private static double[] last(List<LedgerStep> steps, boolean low, double[] fallback) {
        for (int k = steps.size() - 1; k >= 0; k--) {
            if (steps.get(k).counted()) {
                return low ? steps.get(k).low() : steps.get(k).high();
            }
        }
        return fallback;
    }

    private static double[] ones(int n) {
        double[] r = new double[n];
        java.util.Arrays.fill(r, 1);
        return r;
    }
}
