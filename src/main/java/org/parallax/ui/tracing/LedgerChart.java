package org.parallax.ui.tracing;

import java.util.List;
import javafx.geometry.Side;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import org.parallax.model.Hypothesis;
import org.parallax.model.Ledger;
import org.parallax.model.LedgerStep;

/** Each hypothesis' posterior after each evidence item (step 0 is the prior), as one line per hypothesis. */
final class LedgerChart extends StackPane {
    /** Tall enough for the plot with its ten probability ticks readable and the step axis under it. */
    static final double LEAST_HEIGHT = 160;
    private final LineChart<Number, Number> chart;
    private final NumberAxis steps = new NumberAxis();

    LedgerChart(TracingViewModel viewModel) {
        steps.setLabel("Evidence item, in date order (0 = prior)");
        // Items are counted in whole steps: an axis left to range itself marked one item in tenths (0.1, 0.2, …).
        steps.setAutoRanging(false);
        steps.setLowerBound(0);
        steps.setMinorTickVisible(false);
        steps.setTickLabelFormatter(new NumberAxis.DefaultFormatter(steps) {
            @Override
            public String toString(Number value) {
                return String.valueOf(Math.round(value.doubleValue()));
            }
        });
        NumberAxis probability = new NumberAxis(0, 1, 0.1);
        probability.setLabel("Posterior");
        chart = new LineChart<>(steps, probability);
        chart.setId("ledgerChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        // The legend beside the plot, not under it: at 1400×900 the plot and its axis then fit the tab's height.
        chart.setLegendSide(Side.RIGHT);
        chart.setMinHeight(LEAST_HEIGHT);
        viewModel.ledgerProperty().addListener((o, was, now) -> show(now));
        show(viewModel.ledgerProperty().get());
        getChildren().add(chart);
    }

    private void show(Ledger ledger) {
        chart.getData().clear();
        int items = ledger == null ? 0 : ledger.steps().size();
        steps.setUpperBound(Math.max(1, items));
        steps.setTickUnit(Math.max(1, Math.ceil(items / 10.0)));
        if (ledger == null) {
            return;
        }
        List<Hypothesis> hs = ledger.set().hypotheses();
        for (int i = 0; i < hs.size(); i++) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(hs.get(i).name());
            series.getData().add(new XYChart.Data<>(0, hs.get(i).prior()));
            int step = 0;
            for (LedgerStep s : ledger.steps()) {
                step++;
                if (!Double.isNaN(s.posterior()[i])) {
                    series.getData().add(new XYChart.Data<>(step, s.posterior()[i]));
                }
            }
            chart.getData().add(series);
        }
    }

    LineChart<Number, Number> chart() {
        return chart;
    }
}
