package org.parallax.workbench;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;

/**
 * Colours for new codes: hues that read as highlights behind black text, none of them grey, since grey marks scenario
 * codes, and none of them blue, the hue of the text selection (a passage coded in blue looked selected). The first
 * eight stay apart for readers with red-green colour blindness too (CodePaletteTest): Okabe and Ito's and Paul Tol's
 * colour-blind-safe palettes without their blues. A new code gets the first colour no code or frame uses yet, else
 * the least used.
 */
public final class CodePalette {
    static final List<String> COLOURS = List.of(
            "#d55e00", "#009e73", "#f0e442", "#cc79a7", "#882255", "#117733", "#e69f00", "#aa4499",
            "#ddcc77", "#cc6677", "#999933", "#44aa99");

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
