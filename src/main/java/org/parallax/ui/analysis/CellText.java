package org.parallax.ui.analysis;

import java.util.Locale;

/**
 * A matrix number as the command line's `tally` table prints it: whole numbers bare, others to two
 * decimals, and raw passage counts as "passages (documents)".
 */
public final class CellText {
    private CellText() {
    }

    /** The text of one cell; {@code documents} is negative when the documents are not shown. */
    public static String of(double value, int documents) {
        String number = isWhole(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
        if (documents >= 0) {
            return (isWhole(value) ? number : Double.toString(Math.round(value * 100) / 100.0)) + " (" + documents
                    + ")";
        }
        return number;
    }

    /** The value rounded as the command line rounds it in CSV and JSON (two decimals). */
    public static double rounded(double value) {
        return isWhole(value) ? value : Math.round(value * 100) / 100.0;
    }

    private static boolean isWhole(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value);
    }
}
