package org.parallax.ui.coding;

import java.util.List;
import java.util.Locale;

/**
 * The inline CSS of a highlighted run: the codes' colours blended into a light background, and where
 * passages overlap an underline in the last code's colour, so overlaps stay visible.
 */
public final class HighlightStyle {
    static final String DEFAULT_COLOR = "#888888";
    /** A dotted underline marks text whose passage has a memo (over the solid underline of an overlap). */
    public static final String MEMO_MARK =
            " -rtfx-underline-dash-array: 2 2; -rtfx-underline-width: 1.5; -rtfx-underline-color: #37474f;";

    private HighlightStyle() {
    }

    /** CSS for a run coded with codes of these colours ("#rrggbb"); empty for uncoded text. */
    public static String css(List<String> colors) {
        if (colors.isEmpty()) {
            return "";
        }
        int r = 0;
        int g = 0;
        int b = 0;
        for (String color : colors) {
            int rgb = rgb(color);
            r += (rgb >> 16) & 0xff;
            g += (rgb >> 8) & 0xff;
            b += rgb & 0xff;
        }
        int n = colors.size();
        String blend = String.format(Locale.ROOT, "#%02x%02x%02x", r / n, g / n, b / n);
        String css = "-rtfx-background-color: " + blend + (n > 1 ? "66" : "40") + ";";
        if (n > 1) {
            css += " -rtfx-underline-color: " + hex(colors.get(n - 1)) + "; -rtfx-underline-width: 2.5;";
        }
        return css;
    }

    static int rgb(String color) {
        String hex = hex(color).substring(1);
        return Integer.parseInt(hex, 16);
    }

    /** A "#rrggbb" colour, or grey for a missing or malformed one. */
    static String hex(String color) {
        if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
            return DEFAULT_COLOR;
        }
        return color.toLowerCase(Locale.ROOT);
    }
}
