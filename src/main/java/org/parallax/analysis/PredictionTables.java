package org.parallax.analysis;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Two-by-two tables of predictions against a reference, per code over units: both gave the code, only the
 * reference ({@code firstOnly}, a miss), only the prediction ({@code secondOnly}, a false alarm), neither.
 * Precision, recall and F1 come from the same table as Cohen's κ.
 */
public final class PredictionTables {
    private PredictionTables() {
    }

    /** One table per code in {@code codeIds}, in their order. */
    public static Map<Long, CohenKappa> perCode(Collection<UnitPrediction> predictions, Collection<Long> codeIds) {
        Map<Long, CohenKappa> out = new LinkedHashMap<>();
        for (long code : codeIds) {
            long both = 0;
            long reference = 0;
            long predicted = 0;
            long neither = 0;
            for (UnitPrediction p : predictions) {
                boolean e = p.expected().contains(code);
                boolean g = p.predicted().contains(code);
                if (e && g) {
                    both++;
                } else if (e) {
                    reference++;
                } else if (g) {
                    predicted++;
                } else {
                    neither++;
                }
            }
            out.put(code, new CohenKappa(both, reference, predicted, neither));
        }
        return out;
    }

    /** Share of predicted units the reference agrees with; NaN when nothing was predicted. */
    public static double precision(CohenKappa t) {
        long predicted = t.both() + t.secondOnly();
        return predicted == 0 ? Double.NaN : (double) t.both() / predicted;
    }

    /** Share of the reference's units that were predicted; NaN when the reference has none. */
    public static double recall(CohenKappa t) {
        long reference = t.both() + t.firstOnly();
        return reference == 0 ? Double.NaN : (double) t.both() / reference;
    }

    /** Harmonic mean of precision and recall: 2·both / (2·both + misses + false alarms); NaN if all three are 0. */
    public static double f1(CohenKappa t) {
        long denominator = 2 * t.both() + t.firstOnly() + t.secondOnly();
        return denominator == 0 ? Double.NaN : 2.0 * t.both() / denominator;
    }
}
