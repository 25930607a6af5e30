package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.io.CodebookTemplates;

/**
 * The colours codes get stay apart for the one researcher in twelve men with red-green colour blindness: the first
 * eight of the palette, and the Table 1 codebook's eight codes, differ pairwise by at least 15 (CIE76 ΔE) as seen with
 * normal vision, protanopia and deuteranopia (Viénot, Brettel and Mollon's 1999 simulation). The earlier palette's
 * orange and olive differed by 4.5 for a deuteranope, its blue and purple by 8.
 */
class CodePaletteTest {
    private static final double[][] PROTANOPIA = {{0.11238, 0.88762, 0}, {0.11238, 0.88762, 0},
        {0.00401, -0.00401, 1}};
    private static final double[][] DEUTERANOPIA = {{0.29275, 0.70725, 0}, {0.29275, 0.70725, 0},
        {-0.02234, 0.02234, 1}};

    @Test
    void thePalettesFirstEightColoursStayApartWithRedGreenColourBlindness() {
        assertThat(closePairs(CodePalette.colours().subList(0, 8))).isEmpty();
    }

    @Test
    void theTable1CodebooksCodesStayApartWithRedGreenColourBlindness() {
        List<String> codes = new ArrayList<>();
        CodebookTemplates.named("table1").frames().forEach(f -> f.codes().forEach(c -> codes.add(c.color())));
        assertThat(codes).hasSize(8);
        assertThat(closePairs(codes)).isEmpty();
    }

    private static List<String> closePairs(List<String> colours) {
        List<String> close = new ArrayList<>();
        for (int a = 0; a < colours.size(); a++) {
            for (int b = a + 1; b < colours.size(); b++) {
                for (double[][] vision : new double[][][] {null, PROTANOPIA, DEUTERANOPIA}) {
                    double apart = distance(lab(seen(colours.get(a), vision)), lab(seen(colours.get(b), vision)));
                    if (apart < 15) {
                        close.add(colours.get(a) + " ~ " + colours.get(b) + ": ΔE " + Math.round(apart)
                                + (vision == PROTANOPIA ? " (protanopia)" : vision == DEUTERANOPIA ? " (deuteranopia)"
                                : ""));
                    }
                }
            }
        }
        return close;
    }

    /** The colour's linear RGB as a viewer with this vision sees it (null: normal vision). */
    private static double[] seen(String hex, double[][] vision) {
        int rgb = Integer.parseInt(hex.substring(1), 16);
        double[] linear = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = ((rgb >> (16 - 8 * i)) & 0xff) / 255.0;
            linear[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        if (vision == null) {
            return linear;
        }
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                out[i] += vision[i][j] * linear[j];
            }
            out[i] = Math.max(0, Math.min(1, out[i]));
        }
        return out;
    }

    /** CIE L*a*b* of a linear sRGB colour (D65). */
    private static double[] lab(double[] linear) {
        double x = (0.4124 * linear[0] + 0.3576 * linear[1] + 0.1805 * linear[2]) / 0.95047;
        double y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
        double z = (0.0193 * linear[0] + 0.1192 * linear[1] + 0.9505 * linear[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
