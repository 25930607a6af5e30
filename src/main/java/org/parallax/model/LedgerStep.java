package org.parallax.model;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * The ledger after one evidence item, arrays in the set's hypothesis order: posteriors (from range midpoints), their
 * exact lowest and highest values over every likelihood within its range so far, each hypothesis' likelihood ratio
 * P(E|H)/P(E|not H) and weight of evidence in decibels, and how far the item moved the posteriors (total variation).
 * An item repeating its dependency group's first item is listed with {@code countedWith} that item's id and moves
 * nothing.
 */
public record LedgerStep(Evidence evidence, LocalDate date, Long countedWith, double[] posterior, double[] low,
                         double[] high, double[] likelihoodRatio, double[] decibels, double shift) {

    /**
     * Equal when every value is, the arrays' included (a record compares arrays by identity): a ledger recounted to
     * the same numbers is the same ledger, and the chart showing it is not drawn anew, which replaced the point under
     * a click between its press and release and lost the click.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof LedgerStep s && evidence.equals(s.evidence) && Objects.equals(date, s.date)
                && Objects.equals(countedWith, s.countedWith) && Arrays.equals(posterior, s.posterior)
                && Arrays.equals(low, s.low) && Arrays.equals(high, s.high)
                && Arrays.equals(likelihoodRatio, s.likelihoodRatio) && Arrays.equals(decibels, s.decibels)
                && Double.compare(shift, s.shift) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(evidence, date, countedWith, Arrays.hashCode(posterior), shift);
    }

    public boolean counted() {
        return countedWith == null;
    }

    /** True when, after this item, every hypothesis has probability 0: the evidence contradicts the whole set. */
    public boolean contradiction() {
        return Double.isNaN(posterior[0]);
    }
}
