package org.parallax.ui.common;

/** A count with its noun in agreement: "1 passage", "3 passages". */
public final class Counted {
    private Counted() {
    }

    /** {@code noun} is the singular; the plural adds "s". */
    public static String of(long count, String noun) {
        return String.format("%,d", count) + " " + (count == 1 ? noun : noun + "s");
    }
}
