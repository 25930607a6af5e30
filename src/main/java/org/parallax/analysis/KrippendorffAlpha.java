package org.parallax.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * Krippendorff's alpha for nominal data over a reliability data matrix (units by coders, values as
 * small non-negative category numbers, {@link #MISSING} where a coder gave no value), computed from
 * the coincidence matrix as in Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability".
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
        Coincidences coincidences = new Coincidences();
        int units = 0;
        long pairable = 0;
        for (int[] unit : values) {
            int given = 0;
            for (int value : unit) {
                given += value == MISSING ? 0 : 1;
            }
            int m = given;
            if (m < 2) {
                continue;
            }
            units++;
            pairable += m;
            Map<Integer, Integer> counts = new HashMap<>();
            for (int value : unit) {
                if (value != MISSING) {
                    counts.merge(value, 1, Integer::sum);
                }
            }
            counts.forEach((c, nc) -> counts.forEach((k, nk) ->
                    coincidences.add(c, k, (double) nc * (c.equals(k) ? nk - 1 : nk) / (m - 1))));
        }
        return coincidences.alpha(units, pairable);
    }

    /**
     * Coincidence matrix accumulated directly, for callers that can sum many identical units at once
     * (a run of characters coded alike is one weighted contribution).
     */
    static final class Coincidences {
        private final Map<Long, Double> cells = new HashMap<>();
        private final Map<Integer, Double> marginals = new HashMap<>();

        void add(int c, int k, double weight) {
            if (weight == 0) {
                return;
            }
            cells.merge(((long) c << 32) | (k & 0xffffffffL), weight, Double::sum);
            marginals.merge(c, weight, Double::sum);
        }

        Result alpha(int units, long pairable) {
            double n = 0;
            for (double nc : marginals.values()) {
                n += nc;
            }
            double disagreeing = 0;
            for (var e : cells.entrySet()) {
                long key = e.getKey();
                if ((int) (key >> 32) != (int) key) {
                    disagreeing += e.getValue();
                }
            }
            double sumSquares = 0;
            for (double nc : marginals.values()) {
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
