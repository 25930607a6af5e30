package org.parallax.ui.analysis;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.parallax.analysis.Timeline;
import org.parallax.model.Counted;
import org.parallax.ui.common.DialogService;
import org.parallax.ui.common.ExportButton;
import org.parallax.ui.passages.PassageListPane;
import org.parallax.ui.passages.PassageRow;

/**
 * Each frame's share of the coding per year, month or period as stacked bars; ▲ marks bins with an event of the
 * project. Periods asked of a project without events show why there are none instead of a chart.
 */
public final class TimelineView extends BorderPane {
    private final TimelineViewModel viewModel;
    private final CategoryAxis periods = new CategoryAxis();
    private final StackedBarChart<String, Number> chart;
    private final Label events = new Label();
    private final FlowPane legend = new FlowPane(12, 4);
    private final Label empty = new Label();

    public TimelineView(TimelineViewModel viewModel, AnalysisFilter filter, DialogService dialogs,
                        Consumer<PassageRow> opener) {
        this.viewModel = viewModel;
        NumberAxis share = new NumberAxis(0, 100, 20);
        share.setLabel("Share (%)");
        periods.setLabel("Period (▲ an event, listed below; empty runs folded)");
        periods.setTickLabelRotation(0);
        chart = new StackedBarChart<>(periods, share);
        chart.setId("timelineChart");
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        chart.setLegendVisible(false);
        legend.setId("timelineLegend");
        ComboBox<TimelineViewModel.Granularity> by = new ComboBox<>();
        by.getItems().setAll(TimelineViewModel.Granularity.values());
        by.valueProperty().bindBidirectional(viewModel.granularityProperty());
        by.setConverter(Choices.GRANULARITY);
        Button png = ExportButton.toFlow("Export PNG…", "Export timeline image", "timeline.png",
                out -> viewModel.exportPng(chart, out), dialogs);
        Button csv = ExportButton.toFlow("Export CSV…", "Export timeline", "timeline.csv", viewModel::exportCsv,
                dialogs);
        Button xlsx = ExportButton.toFlow("Export to Excel…", "Export timeline to Excel", "timeline.xlsx",
                viewModel::exportXlsx, dialogs);
        Button svg = ExportButton.toFlow("Export SVG…", "Export timeline as SVG", "timeline.svg",
                viewModel::exportSvg, dialogs);
        FlowPane choices = new FlowPane(6, 4, AnalysisView.label("By"), by);
        choices.getChildren().addAll(FilterBar.of(filter));
        choices.getChildren().addAll(csv, xlsx, png, svg);
        // With no timeline (periods of a project without events, or not computed yet) an export would write nothing.
        for (Button export : List.of(csv, xlsx, png, svg)) {
            export.disableProperty().bind(viewModel.timelineProperty().isNull());
        }
        choices.setPadding(new Insets(4, 6, 4, 6));
        events.setWrapText(true);
        events.getStyleClass().add("pane-subtitle");
        viewModel.timelineProperty().addListener((o, was, now) -> show(now));
        show(viewModel.timelineProperty().get());
        Label counted = FilterBar.countingLine(viewModel.layersLineProperty(), "timelineLayers");
        counted.setPadding(new Insets(0, 6, 2, 6));
        setTop(new VBox(choices, counted));
        // A short tab (1280×800) scrolls the chart rather than squeezing its plot and axis labels away.
        chart.setMinHeight(260);
        ScrollPane scroll = new ScrollPane(chart);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        // A bar lists its passages beside the chart, as a cell of Table 1 does: by a click, or by the arrow keys.
        TimelineBars.follow(chart, viewModel);
        Label chosen = new Label();
        chosen.setId("timelineBar");
        chosen.setWrapText(true);
        chosen.setMinHeight(Label.USE_PREF_SIZE);
        chosen.textProperty().bind(viewModel.chosenLineProperty().map(line -> line.isEmpty()
                ? "Click a bar, or Tab to the chart and use the arrow keys, to list its passages" : line));
        PassageListPane passages = new PassageListPane("timelinePassages", viewModel.barPassages(), opener);
        // Enter on the chart goes on to the chosen bar's passages, where Enter opens one in the document.
        chart.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && viewModel.chosenBarProperty().get() != null) {
                passages.takeKeyboard();
                e.consume();
            }
        });
        VBox aside = new VBox(6, chosen, passages);
        aside.setPadding(new Insets(0, 0, 0, 4));
        VBox.setVgrow(passages, Priority.ALWAYS);
        SplitPane split = new SplitPane(scroll, aside);
        split.setDividerPositions(0.72);
        empty.setId("timelineEmpty");
        empty.setWrapText(true);
        empty.setPadding(new Insets(24));
        empty.textProperty().bind(viewModel.emptyMessageProperty());
        // The message stands where the chart would, so the tab never shows an empty chart without saying why.
        centerProperty().bind(viewModel.emptyMessageProperty().map(m -> m.isEmpty() ? (Node) split : empty));
        setBottom(new VBox(2, legend, events));
    }

    private void show(Timeline timeline) {
        chart.getData().clear();
        legend.getChildren().clear();
        if (timeline == null) {
            events.setText("");
            return;
        }
        List<TimelineViewModel.AxisSlot> slots = viewModel.slots(timeline);
        periods.getCategories().setAll(slots.stream().map(TimelineViewModel.AxisSlot::label).toList());
        for (Timeline.Series series : timeline.series()) {
            XYChart.Series<String, Number> bars = new XYChart.Series<>();
            bars.setName(series.label());
            for (TimelineViewModel.AxisSlot slot : slots) {
                double share = slot.bin() < 0 ? 0 : series.shares().get(slot.bin()) * 100;
                bars.getData().add(new XYChart.Data<>(slot.label(), share));
            }
            chart.getData().add(bars);
            String color = viewModel.colorOf(series);
            Rectangle swatch = new Rectangle(12, 12, color == null ? Color.GRAY : Color.web(color));
            Label entry = new Label(series.label(), swatch);
            legend.getChildren().add(entry);
        }
        String undated = timeline.undated() > 0 ? Counted.of(timeline.undated(), "passage")
                + " in undated documents " + (timeline.undated() == 1 ? "is" : "are") + " not shown. " : "";
        events.setText(undated + String.join("   ", viewModel.eventLegend()));
        TimelineBars.mark(chart, viewModel, slots);
    }

    public StackedBarChart<String, Number> chart() {
        return chart;
    }
}
