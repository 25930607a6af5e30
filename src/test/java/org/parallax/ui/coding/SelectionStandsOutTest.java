package org.parallax.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.parallax.io.CodebookTemplates;

/**
 * The selection in the reading view must not look like a coded passage: in a trial "Balance of power" blue
 * (#1f77b4 at a quarter over white) and the light blue selection (#9cc3ef) were hard to tell apart. Measured as the
 * WCAG contrast ratio of the selection's fill against every code colour's highlight (the new codes' palette and the
 * Table 1 codebook's), and of the text against the selection, which must stay readable.
 */
class SelectionStandsOutTest {
    @Test
    void theSelectionDiffersInLightnessFromEveryCodesHighlightAndKeepsTheTextReadable() throws IOException {
        String selection = selectionFill();
        List<String> colours = new ArrayList<>(org.parallax.workbench.CodePalette.colours());
        CodebookTemplates.named("table1").frames().forEach(f -> f.codes().forEach(c -> colours.add(c.color())));
        for (String colour : colours) {
            String highlight = overWhite(HighlightStyle.css(List.of(colour)));
            assertThat(contrast(selection, highlight)).as(colour + " highlighted as " + highlight + " vs " + selection)
                    .isGreaterThanOrEqualTo(1.5);
        }
        assertThat(contrast(selection, "#1b1e23")).as("text on the selection").isGreaterThanOrEqualTo(4.5);
    }

    /**
     * A passage coded in a blue read as selected text, darker or not: no code colour a new code or the Table 1
     * codebook gives has a hue within 40° of the selection's (the palette's first colour was #1f77b4, 10° from it).
     */
    @Test
    void noCodeColourHasTheSelectionsHue() throws IOException {
        double selection = hue(selectionFill());
        List<String> colours = new ArrayList<>(org.parallax.workbench.CodePalette.colours());
        CodebookTemplates.named("table1").frames().forEach(f -> f.codes().forEach(c -> colours.add(c.color())));
        for (String colour : colours) {
            double apart = Math.abs(hue(colour) - selection);
            assertThat(Math.min(apart, 360 - apart)).as(colour + "'s hue from the selection's")
                    .isGreaterThanOrEqualTo(40);
        }
    }

    /** The HSB hue in degrees. */
    private static double hue(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        float[] hsb = java.awt.Color.RGBtoHSB((rgb >> 16) & 0xff, (rgb >> 8) & 0xff, rgb & 0xff, null);
        return hsb[0] * 360;
    }

    private static String selectionFill() throws IOException {
        try (InputStream in = SelectionStandsOutTest.class.getResourceAsStream("/org/parallax/ui/app/parallax.css")) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher m = Pattern.compile("\\.document-text \\.selection \\{\\s*-fx-fill: (#[0-9a-fA-F]{6})").matcher(css);
            assertThat(m.find()).isTrue();
            return m.group(1);
        }
    }

    /** The "-rtfx-background-color: #rrggbbaa" of a highlight, blended over the page's white. */
    private static String overWhite(String css) {
        Matcher m = Pattern.compile("#([0-9a-f]{6})([0-9a-f]{2})").matcher(css);
        assertThat(m.find()).isTrue();
        int rgb = Integer.parseInt(m.group(1), 16);
        double alpha = Integer.parseInt(m.group(2), 16) / 255.0;
        StringBuilder out = new StringBuilder("#");
        for (int shift = 16; shift >= 0; shift -= 8) {
            int c = (rgb >> shift) & 0xff;
            out.append(String.format("%02x", (int) Math.round(255 - (255 - c) * alpha)));
        }
        return out.toString();
    }

    private static double contrast(String a, String b) {
        double x = luminance(a);
        double y = luminance(b);
        return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
    }

    private static double luminance(String hex) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] weights = {0.2126, 0.7152, 0.0722};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            double c = ((rgb >> (16 - 8 * i)) & 0xff) / 255.0;
            sum += weights[i] * (c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
        }
        return sum;
    }
}
