package org.parallax.model;

/**
 * A number as a researcher types it: {@code 0.8}, or {@code 0,8} where the language writes a decimal comma (Russian,
 * German, French…), with spaces around it allowed.
 */
public final class DecimalNumber {
    private DecimalNumber() {
    }

    /** The number {@code text} writes; a NumberFormatException when it writes none. */
    public static double parse(String text) {
        String number = text.strip();
        if (number.indexOf(',') == number.lastIndexOf(',') && number.indexOf('.') < 0) {
            number = number.replace(',', '.');
        }
        return Double.parseDouble(number);
    }
}
