package org.parallax.model;

/**
 * A count with its noun in agreement, as every screen, report and command line says it: "1 passage", "12 passages",
 * "1,234 documents". Thousands are always grouped with a comma, whatever the machine's locale: the words around
 * the number are English, where "1.234 documents" would read as a fraction. Written out rather than
 * {@code String.format("%,d")}, which would load the formatter into the start of every short command.
 */
public final class Counted {
    private Counted() {
    }

    /** {@code noun} is the singular; the plural adds "s". */
    public static String of(long count, String noun) {
        return grouped(count) + " " + (count == 1 ? noun : noun + "s");
    }

    /** For a noun whose plural is not the singular and "s": "1 hypothesis", "3 hypotheses". */
    public static String of(long count, String singular, String plural) {
        return grouped(count) + " " + (count == 1 ? singular : plural);
    }

    /** The number with a comma between each group of three digits. */
    public static String grouped(long count) {
        String digits = Long.toString(count);
        int sign = count < 0 ? 1 : 0;
        StringBuilder out = new StringBuilder(digits.length() + digits.length() / 3);
        out.append(digits, 0, sign);
        for (int i = sign; i < digits.length(); i++) {
            if (i > sign && (digits.length() - i) % 3 == 0) {
                out.append(',');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
