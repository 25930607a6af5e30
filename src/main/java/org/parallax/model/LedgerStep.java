package org.parallax.model;

import java.time.LocalDate;

/**
 * The ledger after one evidence item, arrays in the set's hypothesis order: posteriors (from range midpoints), their
 * exact lowest and highest values over every likelihood within its range so far, each hypothesis' likelihood ratio
 * P(E|H)/P(E|not H) and weight of evidence in decibels, and how far the item moved the posteriors (total variation).
 * An item repeating its dependency group's first item is listed with {@code countedWith} that item's id and moves
 * nothing.
 */
public record LedgerStep(Evidence evidence, LocalDate date, Long countedWith, double[] posterior, double[] low,
                         double[] high, double[] likelihoodRatio, double[] decibels, double shift) {

    public boolean counted() {
        return countedWith == null;
    }

    /** True when, after this item, every hypothesis has probability 0: the evidence contradicts the whole set. */
    public boolean contradiction() {
        return Double.isNaN(posterior[0]);
    }
}
