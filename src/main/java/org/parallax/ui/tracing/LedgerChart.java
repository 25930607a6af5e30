package org.parallax.ui.tracing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.LongConsumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Side;
import javafx.scene.Cursor;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.parallax.model.Hypothesis;
import org.parallax.model.Ledger;
import org.parallax.model.LedgerStep;
import org.parallax.model.TracingNumbers;

/**
 * Each hypothesis' posterior after each evidence item (step 0 is the prior), as one line per hypothesis, beside the
 * posteriors of the step chosen: a click on a point, or the arrow keys on the chart (Home: the priors, End: the last
 * item). Choosing an item selects it in the evidence table; Enter opens its passage. The posteriors were points to
 * look at only, none of them reachable, nor readable, from the keyboard.
 */
final class LedgerChart extends HBox {
    /** Tall enough for the plot with its ten probability ticks readable and the step axis under it. */
    static final double LEAST_HEIGHT = 160;
    /**
     * The width of the column beside the plot saying the chosen step's posteriors, one hypothesis a line: over the
     * plot, a line of them took the height the plot and its axis need at 1400×900.
     */
    static final double STEP_WIDTH = 150;
    private final LineChart<Number, Number> chart;
    /**
     * Half a step past the prior and the last item (a twentieth past 0 and 1 on the other axis): their points drawn
     * whole. Items are counted in whole steps: an axis left to range itself marked one item in tenths (0.1, 0.2, …).
     */
    private final MarginAxis steps = new MarginAxis(0.5, "0");
    private final Label step = new Label();
    private final LongConsumer chosenItem;
    private final LongConsumer openItem;
    private Ledger shown;
    /** The step chosen: 0 the priors, i the i-th item; -1 none. */
    private int chosen = -1;

    /** {@code chosenItem} hears the evidence id of an item chosen, {@code openItem} that of an item to open. */
    LedgerChart(TracingViewModel viewModel, LongConsumer chosenItem, LongConsumer openItem) {
        this.chosenItem = chosenItem;
        this.openItem = openItem;
        // Short: the column of posteriors beside the plot leaves it little width in a 1024-pixel window, and the
        // items' date order is what the column's heading and the evidence table show.
        steps.setLabel("Item (0 = prior)");
        MarginAxis probability = new MarginAxis(0.05, "0.0");
        probability.show(0, 1, 0.1);
        probability.setLabel("Posterior");
        chart = new LineChart<>(steps, probability);
        chart.setId("ledgerChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(true);
        // The legend beside the plot, not under it: at 1400×900 the plot and its axis then fit the tab's height.
        chart.setLegendSide(Side.RIGHT);
        chart.setMinHeight(LEAST_HEIGHT);
        chart.setFocusTraversable(true);
        chart.getStyleClass().add("keyed-chart");
        chart.addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        step.setId("ledgerStep");
        step.getStyleClass().add("pane-subtitle");
        step.setWrapText(true);
        step.setPrefWidth(STEP_WIDTH);
        step.setMinWidth(STEP_WIDTH);
        step.setPadding(new Insets(8, 6, 0, 0));
        step.setAlignment(Pos.TOP_LEFT);
        step.setMaxHeight(Double.MAX_VALUE);
        viewModel.ledgerProperty().addListener((o, was, now) -> show(now));
        show(viewModel.ledgerProperty().get());
        getChildren().addAll(chart, step);
        HBox.setHgrow(chart, Priority.ALWAYS);
    }

    private void show(Ledger ledger) {
        // Every change to the project recounts the tab: a ledger of the same numbers leaves the points drawn, for a
        // point redrawn between the press and the release of a click lost the click.
        if (ledger != null && ledger.equals(shown)) {
            return;
        }
        chart.getData().clear();
        shown = ledger;
        int items = ledger == null ? 0 : ledger.steps().size();
        steps.show(0, Math.max(1, items), Math.max(1, Math.ceil(items / 10.0)));
        if (ledger == null) {
            choose(-1);
            return;
        }
        List<Hypothesis> hs = ledger.set().hypotheses();
        for (int i = 0; i < hs.size(); i++) {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(hs.get(i).name());
            series.getData().add(new XYChart.Data<>(0, hs.get(i).prior()));
            int n = 0;
            for (LedgerStep s : ledger.steps()) {
                n++;
                if (!Double.isNaN(s.posterior()[i])) {
                    series.getData().add(new XYChart.Data<>(n, s.posterior()[i]));
                }
            }
            chart.getData().add(series);
            for (XYChart.Data<Number, Number> point : series.getData()) {
                int at = point.getXValue().intValue();
                if (point.getNode() != null) {
                    point.getNode().setCursor(Cursor.HAND);
                    Tooltip.install(point.getNode(), new Tooltip(describe(at)));
                    point.getNode().setOnMouseClicked(e -> {
                        choose(at);
                        tellChosen();
                        chart.requestFocus();
                    });
                }
            }
        }
        // The same step stays chosen when the ledger is recomputed, as far as it still exists.
        choose(Math.min(chosen, items));
    }

    private void key(KeyEvent e) {
        if (shown == null || e.isAltDown() || e.isControlDown() || e.isShortcutDown()) {
            return;
        }
        int last = shown.steps().size();
        int next = switch (e.getCode()) {
            case LEFT, KP_LEFT, UP, KP_UP -> Math.max(0, chosen - 1);
            case RIGHT, KP_RIGHT, DOWN, KP_DOWN -> Math.min(last, chosen + 1);
            case HOME -> 0;
            case END -> last;
            default -> -2;
        };
        if (next >= -1) {
            choose(next);
            tellChosen();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && chosen > 0) {
            openItem.accept(shown.steps().get(chosen - 1).evidence().id());
            e.consume();
        }
    }

    private void choose(int at) {
        chosen = at;
        step.setText(at < 0 ? "Click a point, or Tab to the chart and use the arrow keys, to read its posteriors"
                : describe(at));
        step.setTooltip(at < 0 ? null : new Tooltip(step.getText()));
    }

    /** Selects the chosen item in the evidence table: told only when the researcher chooses, not on a recount. */
    private void tellChosen() {
        if (chosen > 0) {
            chosenItem.accept(shown.steps().get(chosen - 1).evidence().id());
        }
    }

    /**
     * The priors, or the posteriors after a step, one hypothesis a line under a heading: "After item 2 of 4, #7
     * (2008-04-03)", "H1 0.62 (0.55–0.7)", "H2 0.38".
     */
    private String describe(int at) {
        List<Hypothesis> hs = shown.set().hypotheses();
        List<String> values = new ArrayList<>();
        if (at == 0) {
            values.add("Priors");
            hs.forEach(h -> values.add(h.name() + " " + TracingNumbers.probability(h.prior())));
            return String.join("\n", values);
        }
        LedgerStep s = shown.steps().get(at - 1);
        values.add("After item " + at + " of " + shown.steps().size() + ", #" + s.evidence().id()
                + (s.date() == null ? "" : " (" + s.date() + ")"));
        if (s.contradiction()) {
            values.add("every hypothesis is ruled out");
            return String.join("\n", values);
        }
        for (int i = 0; i < hs.size(); i++) {
            String range = s.low()[i] == s.high()[i] ? "" : " (" + TracingNumbers.probability(s.low()[i]) + "–"
                    + TracingNumbers.probability(s.high()[i]) + ")";
            values.add(hs.get(i).name() + " " + TracingNumbers.probability(s.posterior()[i]) + range);
        }
        if (!s.counted()) {
            values.add("counted with #" + s.countedWith());
        }
        return String.join("\n", values);
    }

    LineChart<Number, Number> chart() {
        return chart;
    }
}
