package org.parallax.model;

import java.util.Locale;

/** How probabilities and weights of evidence are written wherever a ledger is shown or exported. */
public final class TracingNumbers {
    private TracingNumbers() {
    }

    /** Four decimals; "undefined" for the NaN of a contradicted set. */
    public static String probability(double p) {
        return Double.isNaN(p) ? "undefined" : String.format(Locale.ROOT, "%.4f", p);
    }

    /** Signed, one decimal, with the unit: "+4.6 dB", "−∞ dB" for an eliminated hypothesis, "– dB" when undefined. */
    public static String decibels(double db) {
        if (Double.isNaN(db)) {
            return "– dB";
        }
        return Double.isInfinite(db) ? (db > 0 ? "+∞ dB" : "−∞ dB") : String.format(Locale.ROOT, "%+.1f dB", db);
    }
}
