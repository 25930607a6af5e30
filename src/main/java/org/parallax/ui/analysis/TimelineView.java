package org.parallax.ui.analysis;

import javafx.geometry.Insets;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import org.parallax.analysis.Timeline;
import org.parallax.ui.common.DialogService;

/** Each frame's share of the coding per year or month as stacked bars; ▲ marks bins with a default event. */
public final class TimelineView extends BorderPane {
    private final TimelineViewModel viewModel;
    private final CategoryAxis periods = new CategoryAxis();
    private final StackedBarChart<String, Number> chart;
    private final Label events = new Label();

    public TimelineView(TimelineViewModel viewModel, AnalysisFilter filter, DialogService dialogs) {
        this.viewModel = viewModel;
        NumberAxis share = new NumberAxis(0, 100, 20);
        share.setLabel("Share of the period's passages (%)");
        periods.setLabel("Period (▲ an event of NATO–Russia relations)");
        chart = new StackedBarChart<>(periods, share);
        chart.setId("timelineChart");
        chart.setAnimated(false);
        chart.setCategoryGap(6);
        ComboBox<TimelineViewModel.Granularity> by = new ComboBox<>();
        by.getItems().setAll(TimelineViewModel.Granularity.values());
        by.valueProperty().bindBidirectional(viewModel.granularityProperty());
        by.setConverter(Choices.GRANULARITY);
        Button png = new Button("Export PNG…");
        png.setOnAction(e -> dialogs.chooseSaveFile("Export timeline image", "timeline.png", "png")
                .ifPresent(out -> viewModel.exportPng(chart, out, () -> dialogs.showInformation("Export",
                        "Saved " + out))));
        Button csv = new Button("Export CSV…");
        csv.setOnAction(e -> dialogs.chooseSaveFile("Export timeline", "timeline.csv", "csv")
                .ifPresent(out -> viewModel.exportCsv(out, () -> dialogs.showInformation("Export",
                        "Saved " + out))));
        FlowPane choices = new FlowPane(6, 4, AnalysisView.label("By"), by);
        choices.getChildren().addAll(FilterBar.of(filter));
        choices.getChildren().addAll(csv, png);
        choices.setPadding(new Insets(4, 6, 4, 6));
        events.setWrapText(true);
        events.getStyleClass().add("pane-subtitle");
        viewModel.timelineProperty().addListener((o, was, now) -> show(now));
        show(viewModel.timelineProperty().get());
        setTop(choices);
        setCenter(chart);
        setBottom(events);
    }

    private void show(Timeline timeline) {
        chart.getData().clear();
        if (timeline == null) {
            events.setText("");
            return;
        }
        periods.getCategories().setAll(timeline.bins().stream().map(TimelineViewModel::axisLabel).toList());
        for (Timeline.Series series : timeline.series()) {
            XYChart.Series<String, Number> bars = new XYChart.Series<>();
            bars.setName(series.label());
            for (int b = 0; b < timeline.bins().size(); b++) {
                bars.getData().add(new XYChart.Data<>(TimelineViewModel.axisLabel(timeline.bins().get(b)),
                        series.shares().get(b) * 100));
            }
            chart.getData().add(bars);
        }
        String undated = timeline.undated() > 0 ? timeline.undated() + " passages in undated documents are not shown. "
                : "";
        events.setText(undated + String.join("   ", viewModel.eventLegend()));
    }

    public StackedBarChart<String, Number> chart() {
        return chart;
    }
}
