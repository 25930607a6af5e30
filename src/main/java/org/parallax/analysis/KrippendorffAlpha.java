package org.parallax.analysis;

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
        int[][] categories = densify(values);
        int categoryCount = 0;
        for (int[] unit : categories) {
            for (int category : unit) {
                categoryCount = Math.max(categoryCount, category + 1);
            }
        }
        Coincidences coincidences = new Coincidences(categoryCount);
        int[] counts = new int[categoryCount];
        int[] touched = new int[categoryCount];
        int units = 0;
        long pairable = 0;
        for (int[] unit : categories) {
            int m = 0;
            int distinct = 0;
            for (int category : unit) {
                if (category != MISSING) {
                    m++;
                    if (counts[category]++ == 0) {
                        touched[distinct++] = category;
                    }
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
        return coincidences.alpha(units, pairable);
    }

    /** Values renumbered 0..k-1 in order of first appearance, missing kept. */
    private static int[][] densify(int[][] values) {
        Map<Integer, Integer> dense = new HashMap<>();
        int[] small = new int[256];
        java.util.Arrays.fill(small, MISSING);
        int[][] categories = new int[values.length][];
        for (int u = 0; u < values.length; u++) {
            categories[u] = new int[values[u].length];
            for (int c = 0; c < values[u].length; c++) {
                int value = values[u][c];
                if (value == MISSING) {
                    categories[u][c] = MISSING;
                } else if (value >= 0 && value < small.length) {
                    if (small[value] == MISSING) {
                        small[value] = dense.size();
                        dense.put(value, small[value]);
                    }
                    categories[u][c] = small[value];
                } else {
                    categories[u][c] = dense.computeIfAbsent(value, v -> dense.size());
                }
            }
        }
        return categories;
    }

    /**
     * A coincidence matrix over categories 0..n-1, accumulated directly by callers that can add many
     * identical units at once (a run of characters coded alike is one weighted contribution).
     */
    static final class Coincidences {
        private final double[] marginals;
        private double disagreeingSum;

        Coincidences(int categories) {
            marginals = new double[categories];
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
