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
 * colour-blind-safe palettes without their blues. A new code gets the colour that stands farthest from those in use.
 */
public final class CodePalette {
    static final List<String> COLOURS = List.of(
            "#d55e00", "#009e73", "#f0e442", "#cc79a7", "#882255", "#117733", "#e69f00", "#aa4499",
            "#ddcc77", "#cc6677", "#999933", "#44aa99");

    private CodePalette() {
    }

    /** Every colour new codes are given; the first breaks ties, so an empty codebook's first code gets it. */
    public static List<String> colours() {
        return COLOURS;
    }

    /**
     * The colour a new code in {@code book} should get: of the palette's least used colours, the one that looks
     * farthest ({@link ColourDistance#forEveryone}) from every colour a code or frame has, a colour brought in from
     * another program or picked by hand included; the palette's order breaks ties. Taking the first unused colour
     * gave a code the palette's orange beside an imported code of nearly that orange.
     */
    public static String next(Codebook book) {
        Map<String, Integer> uses = new HashMap<>();
        for (Code c : book.codes()) {
            count(uses, c.color());
        }
        for (Frame f : book.frames()) {
            count(uses, f.color());
        }
        int fewest = COLOURS.stream().mapToInt(c -> uses.getOrDefault(c, 0)).min().orElse(0);
        String best = null;
        double bestApart = -1;
        for (String colour : COLOURS) {
            if (uses.getOrDefault(colour, 0) == fewest) {
                double apart = apartFromThoseInUse(colour, uses.keySet());
                if (apart > bestApart) {
                    best = colour;
                    bestApart = apart;
                }
            }
        }
        return best;
    }

    /** The smallest distance from {@code colour} to a colour in use other than itself (it may be in use already). */
    private static double apartFromThoseInUse(String colour, Iterable<String> inUse) {
        double least = Double.MAX_VALUE;
        for (String used : inUse) {
            if (!used.equals(colour) && ColourDistance.measurable(used)) {
                least = Math.min(least, ColourDistance.forEveryone(colour, used));
            }
        }
        return least;
    }

    private static void count(Map<String, Integer> uses, String colour) {
        if (colour != null) {
            uses.merge(colour.toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
    }
}
