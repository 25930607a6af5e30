package org.parallax.bench;

import java.util.Locale;

/**
 * One measured benchmark figure with its unit and, when the issue sets one, its target; {@code target}
 * is null for informational figures, {@code higherIsBetter} says which side of the target passes.
 */
public record Figure(String name, double value, String unit, Double target, boolean higherIsBetter) {

    /** A figure without a target (context for the others). */
    public static Figure info(String name, double value, String unit) {
        return new Figure(name, value, unit, null, false);
    }

    /** A figure that passes when it is at most {@code target}. */
    public static Figure atMost(String name, double value, String unit, double target) {
        return new Figure(name, value, unit, target, false);
    }

    /** A figure that passes when it is at least {@code target}. */
    public static Figure atLeast(String name, double value, String unit, double target) {
        return new Figure(name, value, unit, target, true);
    }

    public boolean hasTarget() {
        return target != null;
    }

    /** Whether the target is met; a figure without a target always counts as met. */
    public boolean met() {
        if (target == null) {
            return true;
        }
        return higherIsBetter ? value >= target : value <= target;
    }

    /** The target as a researcher reads it, such as "≥ 40 MB/s"; empty without a target. */
    public String targetText() {
        if (target == null) {
            return "";
        }
        return (higherIsBetter ? "≥ " : "≤ ") + format(target) + " " + unit;
    }

    /** The value with its unit, such as "12.3 ms". */
    public String valueText() {
        return format(value) + " " + unit;
    }

    private static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return String.format(Locale.ROOT, "%,d", (long) v);
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 100 ? "%,.0f" : Math.abs(v) >= 10 ? "%.1f" : "%.2f", v);
    }
}
