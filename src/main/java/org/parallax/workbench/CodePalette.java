package org.parallax.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;

/**
 * Colours for new codes: distinct hues that read as highlights behind black text, none of them grey, since
 * grey marks scenario codes. A new code gets the first colour no code or frame uses yet, else the least used.
 */
public final class CodePalette {
    static final List<String> COLOURS = List.of(
            "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#bcbd22",
            "#17becf", "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2",
            "#dbdb8d", "#9edae5", "#6b8e23", "#b8860b");

    private CodePalette() {
    }

    /** Every colour new codes are given, in the order they are handed out. */
    public static List<String> colours() {
        return COLOURS;
    }

    /** The colour a new code in {@code book} should get. */
    public static String next(Codebook book) {
        Map<String, Integer> uses = new HashMap<>();
        for (Code c : book.codes()) {
            count(uses, c.color());
        }
        for (Frame f : book.frames()) {
            count(uses, f.color());
        }
        String best = COLOURS.get(0);
        for (String colour : COLOURS) {
            if (uses.getOrDefault(colour, 0) < uses.getOrDefault(best, 0)) {
                best = colour;
            }
        }
        return best;
    }

    private static void count(Map<String, Integer> uses, String colour) {
        if (colour != null) {
            uses.merge(colour.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
    }
}
