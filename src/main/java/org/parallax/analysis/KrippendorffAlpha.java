package org.parallax.analysis;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Krippendorff's alpha for nominal data over a reliability data matrix (units by coders, values as
 * category numbers, {@link #MISSING} where a coder gave no value), computed from the coincidence
 * matrix as in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability".
 */
public final class KrippendorffAlpha {
    /** Marks a coder's missing value for a unit. */
    public static final int MISSING = -1;

    /**
     * The coefficient with what it was computed from: {@code units} is the number of units with at
     * least two values (pairable units), {@code pairableValues} the n of the formula. {@code alpha} is
     * NaN when there is nothing to compare or every value falls in one category (no variation).
     */
    public record Result(double alpha, int units, long pairableValues, double observedDisagreement,
                         double expectedDisagreement) {
    }

    private KrippendorffAlpha() {
    }

    /** Alpha of {@code values[unit][coder]}; rows may differ in length, short rows count as missing. */
    public static Result nominal(int[][] values) {
        Nominal alpha = new Nominal();
        for (int[] unit : values) {
            alpha.add(unit);
        }
        return alpha.result();
    }

    /**
     * Alpha (nominal) over units added one at a time, holding none of them: the figures {@link #nominal} gives over
     * the same rows in the same order, to the last bit (categories are numbered in order of first appearance and the
     * coincidences summed in the same order), so a caller walking a project document by document need not keep a row
     * for every unit of it.
     */
    public static final class Nominal {
        private final Map<Integer, Integer> dense = new HashMap<>();
        /** The categories of the values 0..255 (most units' values), without a map look-up. */
        private final int[] small = new int[256];
        private final Coincidences coincidences = new Coincidences(0);
        private int[] counts = new int[2];
        private int[] touched = new int[2];
        private int units;
        private long pairable;

        public Nominal() {
            Arrays.fill(small, MISSING);
        }

        /** One unit: each coder's value, {@link #MISSING} where the coder gave none. */
        public void add(int[] values) {
            int m = 0;
            int distinct = 0;
            for (int value : values) {
                if (value == MISSING) {
                    continue;
                }
                int category = category(value);
                m++;
                if (counts[category]++ == 0) {
                    touched[distinct++] = category;
                }
            }
            if (m >= 2) {
                units++;
                pairable += m;
                for (int i = 0; i < distinct; i++) {
                    int c = touched[i];
                    for (int j = 0; j < distinct; j++) {
                        int k = touched[j];
                        coincidences.add(c, k, (double) counts[c] * (c == k ? counts[k] - 1 : counts[k]) / (m - 1));
                    }
                }
            }
            for (int i = 0; i < distinct; i++) {
                counts[touched[i]] = 0;
            }
        }

        public Result result() {
            return coincidences.alpha(units, pairable);
        }

        /** The value renumbered 0..k-1 in order of first appearance. */
        private int category(int value) {
            if (value >= 0 && value < small.length) {
                if (small[value] == MISSING) {
                    small[value] = newCategory(value);
                }
                return small[value];
            }
            Integer known = dense.get(value);
            return known != null ? known : newCategory(value);
        }

        private int newCategory(int value) {
            int category = dense.size();
            dense.put(value, category);
            if (category >= counts.length) {
                counts = Arrays.copyOf(counts, counts.length * 2);
                touched = Arrays.copyOf(touched, touched.length * 2);
            }
            coincidences.grow(category + 1);
            return category;
        }
    }

    /**
     * A coincidence matrix over categories 0..n-1, accumulated directly by callers that can add many
     * identical units at once (a run of characters coded alike is one weighted contribution).
     */
    static final class Coincidences {
        private double[] marginals;
        private double disagreeingSum;

        Coincidences(int categories) {
            marginals = new double[categories];
        }

        /** Room for {@code categories} categories (a new one's marginal starts at 0). */
        void grow(int categories) {
            if (categories > marginals.length) {
                marginals = Arrays.copyOf(marginals, categories);
            }
        }

        void add(int c, int k, double weight) {
            marginals[c] += weight;
            if (c != k) {
                disagreeingSum += weight;
            }
        }

        Result alpha(int units, long pairable) {
            double n = 0;
            double disagreeing = disagreeingSum;
            double sumSquares = 0;
            for (double nc : marginals) {
                n += nc;
                sumSquares += nc * nc;
            }
            double expectedPairs = n * n - sumSquares;
            if (n <= 1 || expectedPairs <= 0) {
                return new Result(Double.NaN, units, pairable, n == 0 ? Double.NaN : disagreeing / n, 0);
            }
            double observed = disagreeing / n;
            double expected = expectedPairs / (n * (n - 1));
            return new Result(1 - observed / expected, units, pairable, observed, expected);
        }
    }
}
