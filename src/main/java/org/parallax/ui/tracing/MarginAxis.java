package org.parallax.ui.tracing;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.ValueAxis;

/**
 * A number axis reaching a margin past the values it shows, its ticks on the multiples of its tick unit inside: the
 * ledger's points at its ends (the priors at step 0, the last item, a posterior of 0 or 1) lay on the plot's edge,
 * which clips what the plot draws, and were drawn in half. A NumberAxis counts its ticks from its lower bound, which
 * would have put them at −0.5, 0.5, …, and cannot be told otherwise (it is final).
 */
final class MarginAxis extends ValueAxis<Number> {
    private final double margin;
    private final DecimalFormat format;
    private double tickUnit = 1;

    /** {@code pattern} writes a tick's number ("0" for whole steps, "0.0" for tenths), in the window's locale. */
    MarginAxis(double margin, String pattern) {
        this.margin = margin;
        this.format = new DecimalFormat(pattern);
        setAutoRanging(false);
        setMinorTickVisible(false);
    }

    /** Shows the values from {@code low} to {@code high}, the axis reaching the margin past each. */
    void show(double low, double high, double unit) {
        tickUnit = unit;
        setLowerBound(low - margin);
        setUpperBound(high + margin);
        requestAxisLayout();
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        double[] bounds = (double[]) range;
        List<Number> ticks = new ArrayList<>();
        for (long k = (long) Math.ceil(bounds[0] / tickUnit); k * tickUnit <= bounds[1]; k++) {
            // k times the unit, not a sum of units: 0.1 added three times is 0.30000000000000004.
            ticks.add(Math.round(k * tickUnit * 1e9) / 1e9);
        }
        return ticks;
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        double[] bounds = (double[]) range;
        setLowerBound(bounds[0]);
        setUpperBound(bounds[1]);
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return format.format(value);
    }
}
