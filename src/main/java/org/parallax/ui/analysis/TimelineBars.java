package org.parallax.ui.analysis;

import java.util.List;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyEvent;
import org.parallax.analysis.Timeline;

/**
 * The Timeline's bars as numbers to choose, as Table 1's cells are: a click on a bar, or the arrow keys on the chart
 * (Left and Right from period to period, Up and Down from frame to frame, Home and End), chooses it and lists its
 * passages beside the chart. The bars were a picture: no click or key reached the passages behind them.
 */
final class TimelineBars {
    private static final String CHOSEN = "-fx-border-color: #1b1b1b; -fx-border-width: 2;";

    private TimelineBars() {
    }

    /** Makes the chart take the keyboard, its arrow keys move the chosen bar, and the chosen bar stand out. */
    static void follow(StackedBarChart<String, Number> chart, TimelineViewModel viewModel) {
        chart.setFocusTraversable(true);
        chart.getStyleClass().add("keyed-chart");
        chart.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (move(viewModel, e)) {
                e.consume();
            }
        });
        viewModel.chosenBarProperty().addListener((o, was, now) -> {
            Timeline t = viewModel.timelineProperty().get();
            if (t != null) {
                mark(chart, viewModel, viewModel.slots(t));
            }
        });
    }

    /**
     * Colours each bar in its frame's codebook colour (as the text's highlights), outlines the chosen one, and makes
     * each a bar to click; {@code slots} are the chart's categories, in order.
     */
    static void mark(StackedBarChart<String, Number> chart, TimelineViewModel viewModel,
                     List<TimelineViewModel.AxisSlot> slots) {
        Timeline t = viewModel.timelineProperty().get();
        if (t == null) {
            return;
        }
        TimelineViewModel.Bar chosen = viewModel.chosenBarProperty().get();
        for (int s = 0; s < chart.getData().size() && s < t.series().size(); s++) {
            XYChart.Series<String, Number> bars = chart.getData().get(s);
            String color = viewModel.colorOf(t.series().get(s));
            for (int d = 0; d < bars.getData().size() && d < slots.size(); d++) {
                Node node = bars.getData().get(d).getNode();
                int bin = slots.get(d).bin();
                if (node == null) {
                    continue;
                }
                boolean isChosen = chosen != null && bin >= 0 && chosen.series() == t.series().get(s).id()
                        && chosen.bin().equals(t.bins().get(bin).label());
                node.setStyle((color == null ? "" : "-fx-bar-fill: " + color + ";") + (isChosen ? CHOSEN : ""));
                if (bin < 0) {
                    continue;
                }
                int series = s;
                node.setCursor(Cursor.HAND);
                node.setOnMouseClicked(e -> {
                    viewModel.choose(t, series, bin);
                    chart.requestFocus();
                });
            }
        }
    }

    /** Moves the chosen bar as the key says; false for a key that is not the chart's. */
    private static boolean move(TimelineViewModel viewModel, KeyEvent e) {
        Timeline t = viewModel.timelineProperty().get();
        if (t == null || t.series().isEmpty() || e.isAltDown() || e.isControlDown() || e.isShortcutDown()) {
            return false;
        }
        List<Integer> bins = viewModel.slots(t).stream().map(TimelineViewModel.AxisSlot::bin).filter(b -> b >= 0)
                .toList();
        if (bins.isEmpty()) {
            return false;
        }
        TimelineViewModel.Bar bar = viewModel.chosenBarProperty().get();
        int series = bar == null ? -1 : TimelineViewModel.seriesIndex(t, bar.series());
        int place = bar == null ? -1 : bins.indexOf(TimelineViewModel.binIndex(t, bar.bin()));
        boolean first = series < 0 || place < 0;
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> place = first ? 0 : Math.max(0, place - 1);
            case RIGHT, KP_RIGHT -> place = first ? 0 : Math.min(bins.size() - 1, place + 1);
            // series are stacked from the bottom up: Up goes to the frame drawn above
            case UP, KP_UP -> series = first ? 0 : Math.min(t.series().size() - 1, series + 1);
            case DOWN, KP_DOWN -> series = first ? 0 : Math.max(0, series - 1);
            case HOME -> place = 0;
            case END -> place = bins.size() - 1;
            default -> {
                return false;
            }
        }
        viewModel.choose(t, Math.max(0, series), bins.get(Math.max(0, place)));
        return true;
    }
}
