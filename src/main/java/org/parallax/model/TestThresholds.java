package org.parallax.model;

import java.util.Locale;

/**
 * Where van Evera's test types begin: evidence is certain for H when P(E|H) is at least {@code certainty}, and unique
 * to H when P(E|not H) is at most {@code uniqueness}. Editable per project (docs/process-tracing.md).
 */
public record TestThresholds(double certainty, double uniqueness) {
    public static final TestThresholds DEFAULT = new TestThresholds(0.8, 0.2);

    public TestThresholds {
        if (!(certainty > 0 && certainty <= 1) || !(uniqueness >= 0 && uniqueness < 1)) {
            throw new ParallaxException(String.format(Locale.ROOT, "Test thresholds: certainty must lie in (0, 1] and "
                    + "uniqueness in [0, 1), not %s and %s", certainty, uniqueness));
        }
    }

    /** Reads {@code certainty=0.8; uniqueness=0.2} as {@link #format()} writes it. */
    public static TestThresholds parse(String text) {
        double certainty = DEFAULT.certainty;
        double uniqueness = DEFAULT.uniqueness;
        for (String entry : text.split(";")) {
            String[] kv = entry.split("=", 2);
            if (kv.length != 2) {
                continue;
            }
            try {
                double value = DecimalNumber.parse(kv[1]);
                switch (kv[0].strip()) {
                    case "certainty" -> certainty = value;
                    case "uniqueness" -> uniqueness = value;
                    default -> throw new ParallaxException("Test thresholds: unknown setting '" + kv[0].strip() + "'");
                }
            } catch (NumberFormatException e) {
                throw new ParallaxException("Test thresholds: '" + entry.strip() + "' is not a number");
            }
        }
        return new TestThresholds(certainty, uniqueness);
    }

    public String format() {
        return "certainty=" + certainty + "; uniqueness=" + uniqueness;
    }
}
