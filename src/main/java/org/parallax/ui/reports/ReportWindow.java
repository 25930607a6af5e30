package org.parallax.ui.reports;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.parallax.ui.common.ChoiceBinding;
import org.parallax.ui.common.ChoiceLabels;
import org.parallax.ui.common.DialogService;
import org.parallax.workbench.ReportGrouping;
import org.parallax.workbench.ReportPreview;
import org.parallax.workbench.Reports;
import org.parallax.ui.common.ClosesOnEscape;

/**
 * File → Export → Report…: choose what (coded passages narrowed by frame, scenario, coder and a document
 * attribute's value, or memos),
 * the grouping and the format, see the first page as the report will read, and save it.
 */
public final class ReportWindow {
    private final ReportViewModel viewModel;
    private final DialogService dialogs;
    private final VBox page = new VBox(6);
    private final Stage stage = new Stage();

    private ReportWindow(ReportViewModel viewModel, DialogService dialogs, Window owner) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        ComboBox<ReportViewModel.Kind> kind = combo("reportKind", List.of(ReportViewModel.Kind.values()),
                k -> k == ReportViewModel.Kind.MEMOS ? "Memos" : "Coded passages");
        kind.valueProperty().bindBidirectional(viewModel.kindProperty());
        ComboBox<ReportGrouping> by = combo("reportGrouping", List.of(ReportGrouping.values()), ReportGrouping::words);
        by.valueProperty().bindBidirectional(viewModel.groupingProperty());
        ComboBox<String> memoBy = combo("reportMemoGrouping", List.of("kind", "document"), s -> s);
        memoBy.valueProperty().bindBidirectional(viewModel.memoGroupingProperty());
        ComboBox<String> frame = names("reportFrame", viewModel.frames(), viewModel.frameProperty());
        ComboBox<String> scenario = names("reportScenario", viewModel.scenarios(), viewModel.scenarioProperty());
        ComboBox<String> coder = names("reportCoder", viewModel.coders(), viewModel.coderProperty());
        ComboBox<String> attribute = names("reportAttribute", viewModel.attributes(), viewModel.attributeProperty());
        ComboBox<String> value = names("reportAttributeValue", viewModel.attributeValues(),
                viewModel.attributeValueProperty());
        ComboBox<Reports.Format> format = combo("reportFormat", List.of(Reports.Format.values()),
                f -> f == Reports.Format.DOCX ? "Word (.docx)" : "Web page (.html)");
        format.valueProperty().bindBidirectional(viewModel.formatProperty());
        Runnable showChoices = () -> {
            boolean passages = viewModel.kindProperty().get() == ReportViewModel.Kind.PASSAGES;
            for (ComboBox<?> c : List.of(by, frame, scenario, coder, attribute, value)) {
                c.setDisable(!passages);
            }
            memoBy.setDisable(passages);
        };
        viewModel.kindProperty().addListener((o, was, now) -> showChoices.run());
        showChoices.run();

        CheckBox pseudonymise = new CheckBox("Pseudonymise the saved file");
        pseudonymise.setId("reportPseudonymise");
        pseudonymise.selectedProperty().bindBidirectional(viewModel.pseudonymiseProperty());
        // One state: while every export is pseudonymised the box shows it, greyed, rather than a choice it ignores.
        pseudonymise.disableProperty().bind(viewModel.everyExportProperty());
        Tooltip everyExport = new Tooltip("File → Export → Pseudonymise every export is ticked");
        viewModel.everyExportProperty().addListener((o, was, on) -> pseudonymise.setTooltip(on ? everyExport : null));
        pseudonymise.setTooltip(viewModel.everyExportProperty().get() ? everyExport : null);
        Button save = new Button("Save…");
        save.setId("reportSave");
        save.setDefaultButton(true);
        save.setOnAction(e -> dialogs.chooseSaveFile("Save report", viewModel.suggestedName(), viewModel.extension())
                .ifPresent(viewModel::save));
        Label summary = new Label();
        summary.setId("reportSummary");
        summary.textProperty().bind(viewModel.summaryProperty());
        summary.setWrapText(true);
        // The outcome shows here, not in a dialog over the main window, which this window covers.
        Label outcome = new Label();
        outcome.setId("reportOutcome");
        outcome.textProperty().bind(viewModel.outcomeProperty());
        outcome.setWrapText(true);
        outcome.styleProperty().bind(Bindings.when(viewModel.outcomeFailedProperty())
                .then("-fx-text-fill: #b00020;").otherwise(""));
        outcome.managedProperty().bind(outcome.textProperty().isNotEmpty());
        // Each label travels with its box: the row wraps between choices, never between a label and its box.
        FlowPane choices = new FlowPane(12, 6, field("Report", kind), field("Group by", by, memoBy),
                field("Frame", frame), field("Scenario", scenario), field("Coder", coder),
                field("Documents with", attribute, label("="), value), field("Format", format), pseudonymise, save);
        choices.setPadding(new Insets(8));

        page.setId("reportPreview");
        page.setPadding(new Insets(24));
        page.setStyle("-fx-background-color: white;");
        viewModel.preview().addListener((ListChangeListener<ReportPreview.Line>) c -> showPage());
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        BorderPane root = new BorderPane(scroll, new VBox(choices, summary, outcome), null,
                ClosesOnEscape.closeButtonRow(stage, "reportClose"), null);
        BorderPane.setMargin(scroll, new Insets(0, 8, 0, 8));
        summary.setPadding(new Insets(0, 8, 6, 8));
        outcome.setPadding(new Insets(0, 8, 6, 8));
        stage.setScene(new Scene(root, 900, 700));
        stage.setTitle("Report");
        ClosesOnEscape.install(stage);
        if (owner != null) {
            stage.initOwner(owner);
        }
    }

    /**
     * Opens a Report window on the open project; its choices and preview are read in the background and follow the
     * project's changes until the window closes.
     */
    public static Stage show(ReportViewModel viewModel, DialogService dialogs, Window owner) {
        ReportWindow window = new ReportWindow(viewModel, dialogs, owner);
        window.stage.setOnHidden(e -> viewModel.close());
        viewModel.open();
        window.stage.show();
        return window.stage;
    }

    private void showPage() {
        page.getChildren().clear();
        for (ReportPreview.Line line : viewModel.preview()) {
            Label text = new Label(line.text());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            text.setStyle(switch (line.kind()) {
                case TITLE -> "-fx-font-size: 22px; -fx-font-weight: bold;";
                case HEADING -> "-fx-font-size: 17px; -fx-font-weight: bold; -fx-padding: 12 0 0 0;";
                case SUBHEADING -> "-fx-font-size: 14px; -fx-font-weight: bold; -fx-padding: 8 0 0 0;";
                case QUOTE -> "-fx-font-style: italic; -fx-padding: 0 0 0 24; -fx-border-color: transparent transparent "
                        + "transparent #aaaaaa; -fx-border-width: 0 0 0 3;";
                case CITATION -> "-fx-text-fill: #555555; -fx-font-size: 11px; -fx-padding: 0 0 0 27;";
                case TEXT -> "";
            });
            text.getStyleClass().add("report-" + line.kind().name().toLowerCase(Locale.ROOT));
            page.getChildren().add(text);
        }
    }

    private static Label label(String text) {
        return new Label(text);
    }

    /** A label and the boxes it names, kept on one line. */
    private static HBox field(String text, Node... controls) {
        Label label = label(text);
        label.setLabelFor(controls[0]);
        label.setMinWidth(Region.USE_PREF_SIZE);
        HBox field = new HBox(6, label);
        field.getChildren().addAll(controls);
        field.setAlignment(Pos.CENTER_LEFT);
        return field;
    }

    /** The lists are refilled on every change of the project; the choice made stays (ChoiceBinding). */
    private static ComboBox<String> names(String id, ObservableList<String> items, StringProperty choice) {
        ComboBox<String> box = ChoiceBinding.comboBox(items, choice);
        box.setId(id);
        return box;
    }

    private static <T> ComboBox<T> combo(String id, List<T> items, Function<T, String> text) {
        ComboBox<T> box = new ComboBox<>();
        box.getItems().setAll(items);
        box.setId(id);
        ChoiceLabels.show(box, text);
        return box;
    }
}
