package org.parallax.workbench;

/**
 * How far apart two colours look: CIE76 ΔE between their CIE L*a*b* (D65), for normal vision and for protanopia and
 * deuteranopia as Viénot, Brettel and Mollon's 1999 simulation sees them, since one man in twelve has red-green
 * colour blindness and a code's colour is how a coder tells codes apart.
 */
public enum ColourDistance {
    NORMAL(null),
    PROTANOPIA(new double[][] {{0.11238, 0.88762, 0}, {0.11238, 0.88762, 0}, {0.00401, -0.00401, 1}}),
    DEUTERANOPIA(new double[][] {{0.29275, 0.70725, 0}, {0.29275, 0.70725, 0}, {-0.02234, 0.02234, 1}});

    private final double[][] vision;

    ColourDistance(double[][] vision) {
        this.vision = vision;
    }

    /** ΔE between two {@code #rrggbb} colours as this vision sees them. */
    public double between(String a, String b) {
        double[] one = lab(seen(a));
        double[] other = lab(seen(b));
        return Math.sqrt(Math.pow(one[0] - other[0], 2) + Math.pow(one[1] - other[1], 2)
                + Math.pow(one[2] - other[2], 2));
    }

    /** The smallest ΔE between two {@code #rrggbb} colours over the three visions: how apart they look to everyone. */
    public static double forEveryone(String a, String b) {
        double least = Double.MAX_VALUE;
        for (ColourDistance vision : values()) {
            least = Math.min(least, vision.between(a, b));
        }
        return least;
    }

    /** Whether {@code colour} is a {@code #rrggbb} colour this class can measure. */
    public static boolean measurable(String colour) {
        return colour != null && colour.matches("#[0-9a-fA-F]{6}");
    }

    private double[] seen(String hex) {
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

    private static double[] lab(double[] linear) {
        double x = (0.4124 * linear[0] + 0.3576 * linear[1] + 0.1805 * linear[2]) / 0.95047;
        double y = 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2];
        double z = (0.0193 * linear[0] + 0.1192 * linear[1] + 0.9505 * linear[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }
}
