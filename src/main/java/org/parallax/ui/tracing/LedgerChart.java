package org.parallax.ui.tracing;

import java.util.List;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.StackPane;
import org.parallax.model.Hypothesis;
import org.parallax.model.Ledger;
import org.parallax.model.LedgerStep;

/** Each hypothesis' posterior after each evidence item (step 0 is the prior), as one line per hypothesis. */
final class LedgerChart extends StackPane {
    private final LineChart<Number, Number> chart;

    LedgerChart(TracingViewModel viewModel) {
        NumberAxis steps = new NumberAxis();
        steps.setLabel("Evidence item, in date order (0 = prior)");
        steps.setForceZeroInRange(true);
        steps.setMinorTickVisible(false);
        NumberAxis probability = new NumberAxis(0, 1, 0.1);
        probability.setLabel("Posterior");
        chart = new LineChart<>(steps, probability);
        chart.setId("ledgerChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        chart.setMinHeight(200);
        viewModel.ledgerProperty().addListener((o, was, now) -> show(now));
        show(viewModel.ledgerProperty().get());
        getChildren().add(chart);
    }

    private void show(Ledger ledger) {
        chart.getData().clear();
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
