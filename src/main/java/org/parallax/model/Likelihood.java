package org.parallax.model;

import java.util.Locale;

/**
 * P(E|H): the probability of observing a piece of evidence if a hypothesis were true, as one number
 * ({@code low == high}) or as a range the analyst is unsure within.
 */
public record Likelihood(double low, double high) {
    public Likelihood {
        if (!(low >= 0 && low <= 1) || !(high >= 0 && high <= 1)) {
            throw new ParallaxException("A probability lies between 0 and 1, not " + format(low, high));
        }
        if (low > high) {
            throw new ParallaxException("A range goes from low to high, not " + format(low, high));
        }
    }

    public static Likelihood of(double p) {
        return new Likelihood(p, p);
    }

    public boolean isRange() {
        return low != high;
    }

    /** The value the ledger's central line uses: a number itself, a range's midpoint. */
    public double point() {
        return (low + high) / 2;
    }

    /** {@code 0.8} or {@code 0.2:0.4}, as the command line takes it. */
    @Override
    public String toString() {
        return format(low, high);
    }

    private static String format(double low, double high) {
        return low == high ? number(low) : number(low) + ":" + number(high);
    }

    private static String number(double p) {
        String s = String.format(Locale.ROOT, "%.4f", p).replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
