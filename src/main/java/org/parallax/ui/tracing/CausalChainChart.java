package org.parallax.ui.tracing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Line;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import javafx.util.StringConverter;
import org.parallax.analysis.tracing.CausalChain;
import org.parallax.model.CausalEvent;

/**
 * The causal chain over time: each hypothesis' posterior as a step line from its prior, the events as dashed
 * vertical lines (E1, E2 … with the label as tooltip), the dated evidence items as triangles on the time axis.
 * The chain is computed in the background with the ledger; this only lays it out.
 */
final class CausalChainChart extends LineChart<Number, Number> {
    private final NumberAxis time;
    private final List<Marker> markers = new ArrayList<>();

    /** A node drawn over the plot at a date: an event line with its number, or an evidence triangle. */
    private record Marker(LocalDate date, Node node, Text label, boolean event) {
    }

    CausalChainChart(TracingViewModel viewModel) {
        super(new NumberAxis(), new NumberAxis(0, 1, 0.1));
        time = (NumberAxis) getXAxis();
        time.setAutoRanging(false);
        time.setMinorTickVisible(false);
        time.setLabel("Date (dashed: events; ▲ evidence)");
        time.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return String.valueOf(LocalDate.ofEpochDay(epochDay.longValue()).getYear());
            }

            @Override
            public Number fromString(String text) {
                return LocalDate.of(Integer.parseInt(text), 1, 1).toEpochDay();
            }
        });
        getYAxis().setLabel("Posterior");
        setId("causalChainChart");
        setAnimated(false);
        setCreateSymbols(false);
        setMinHeight(220);
        viewModel.causalChainProperty().addListener((o, was, now) -> show(now));
        show(viewModel.causalChainProperty().get());
    }

    private void show(CausalChain chain) {
        getData().clear();
        markers.forEach(m -> getPlotChildren().removeAll(m.node(), m.label()));
        markers.clear();
        if (chain == null || chain.from() == null) {
            return;
        }
        long from = chain.from().toEpochDay();
        long to = Math.max(from + 1, chain.to().toEpochDay());
        long margin = Math.max(1, (to - from) / 40);
        time.setLowerBound(from - margin);
        time.setUpperBound(to + margin);
        time.setTickUnit(Math.max(365, (to - from) / 10 / 365 * 365));
        for (CausalChain.Line line : chain.lines()) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(line.hypothesis());
            double last = Double.NaN;
            for (CausalChain.Point p : line.points()) {
                if (!Double.isNaN(last)) {
                    series.getData().add(new XYChart.Data<>(p.date().toEpochDay(), last));
                }
                series.getData().add(new XYChart.Data<>(p.date().toEpochDay(), p.posterior()));
                last = p.posterior();
            }
            if (!Double.isNaN(last)) {
                series.getData().add(new XYChart.Data<>(to, last));
            }
            getData().add(series);
        }
        int number = 1;
        for (CausalEvent e : chain.events()) {
            Line rule = new Line();
            rule.getStrokeDashArray().setAll(4.0, 3.0);
            rule.setStyle("-fx-stroke: #999;");
            Text label = new Text("E" + number++);
            label.setStyle("-fx-font-size: 9px;");
            Tooltip.install(rule, new Tooltip(e.date() + "  " + e.label()
                    + (e.description() == null ? "" : "\n" + e.description())));
            markers.add(new Marker(e.date(), rule, label, true));
        }
        for (CausalChain.Placed p : chain.evidence()) {
            Polygon mark = new Polygon(0, 0, -5, 9, 5, 9);
            mark.setStyle("-fx-fill: #333;");
            Tooltip.install(mark, new Tooltip("#" + p.evidenceId() + " " + p.date() + "  " + p.description()
                    + (p.counted() ? "" : " (counted with its group)")));
            markers.add(new Marker(p.date(), mark, new Text("#" + p.evidenceId()), false));
        }
        markers.forEach(m -> getPlotChildren().addAll(m.node(), m.label()));
        requestChartLayout();
    }

    @Override
    protected void layoutPlotChildren() {
        super.layoutPlotChildren();
        double bottom = getYAxis().getDisplayPosition(0);
        double top = getYAxis().getDisplayPosition(1);
        for (Marker m : markers) {
            double x = time.getDisplayPosition(m.date().toEpochDay());
            if (m.node() instanceof Line rule) {
                rule.setStartX(x);
                rule.setEndX(x);
                rule.setStartY(top);
                rule.setEndY(bottom);
                m.label().setX(x + 2);
                m.label().setY(top + 10);
            } else {
                m.node().setLayoutX(x);
                m.node().setLayoutY(bottom - 9);
                m.label().setX(x + 6);
                m.label().setY(bottom - 2);
            }
            m.node().toFront();
        }
    }

    /** The markers drawn over the plot, events first, for tests. */
    int eventMarkers() {
        return (int) markers.stream().filter(Marker::event).count();
    }

    int evidenceMarkers() {
        return (int) markers.stream().filter(m -> !m.event()).count();
    }
}
