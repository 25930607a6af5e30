package org.parallax.ui.analysis;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parallax.analysis.MatrixValues;
import org.parallax.ui.common.DialogService;
import org.parallax.ui.common.ExportButton;
import org.parallax.ui.passages.PassageListPane;
import org.parallax.ui.passages.PassageRow;
import org.parallax.ui.common.ChoiceBinding;

/**
 * The matrix builder: choices on top, the matrix as a heat-mapped table, and beside it the exports, the layers counted,
 * the source balance warning and a cell's passages.
 */
public final class AnalysisView extends BorderPane {
    /** The cell's passages' least height beside the matrix: a heading and some three passages. */
    private static final double PASSAGES_LEAST = 120;
    private final MatrixTable table;

    public AnalysisView(AnalysisViewModel viewModel, DialogService dialogs, Consumer<PassageRow> opener) {
        table = new MatrixTable(viewModel);
        ComboBox<MatrixRequest.RowChoice> rows = new ComboBox<>();
        rows.getItems().setAll(MatrixRequest.RowChoice.values());
        rows.valueProperty().bindBidirectional(viewModel.rowChoiceProperty());
        ComboBox<String> columns = ChoiceBinding.comboBox(viewModel.columnChoices(), viewModel.columnChoiceProperty());
        columns.setId("analysisColumns");
        ComboBox<MatrixValues.Measure> measure = new ComboBox<>();
        measure.getItems().setAll(MatrixValues.Measure.values());
        measure.valueProperty().bindBidirectional(viewModel.measureProperty());
        measure.setConverter(Choices.MEASURE);
        ComboBox<MatrixValues.Percentage> percentage = new ComboBox<>();
        percentage.getItems().setAll(MatrixValues.Percentage.values());
        percentage.valueProperty().bindBidirectional(viewModel.percentageProperty());
        percentage.setConverter(Choices.PERCENTAGE);
        percentage.setId("analysisPercent");
        CheckBox heat = new CheckBox("Heat map");
        heat.selectedProperty().bindBidirectional(table.heatMapProperty());
        Button csv = ExportButton.toFlow("Export CSV…", "Export matrix", "matrix.csv", viewModel::exportCsv, dialogs);
        Button xlsx = ExportButton.toFlow("Export to Excel…", "Export matrix to Excel", "matrix.xlsx",
                viewModel::exportXlsx, dialogs);
        Button png = ExportButton.toFlow("Export PNG…", "Export matrix image", "matrix.png",
                out -> viewModel.exportPng(table, out), dialogs);
        Button svg = ExportButton.toFlow("Export SVG…", "Export heat map as SVG", "matrix.svg",
                viewModel::exportSvg, dialogs);
        FlowPane choices = new FlowPane(6, 4, labelled("Rows", rows), labelled("Columns", columns),
                labelled("Measure", measure), labelled("Percent", percentage));
        choices.getChildren().addAll(FilterBar.of(viewModel.filter()));
        choices.getChildren().add(heat);
        choices.setPadding(new Insets(4, 6, 4, 6));
        FlowPane exports = new FlowPane(6, 4, csv, xlsx, png, svg);
        exports.setId("analysisExports");
        // Under a problem line there is no matrix to export, only the one of a request no longer made.
        exports.disableProperty().bind(viewModel.valuesProperty().isNull());

        Label problem = new Label();
        problem.textProperty().bind(viewModel.problemProperty());
        problem.getStyleClass().add("analysis-problem");
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label balance = new Label();
        balance.setId("sourceBalance");
        balance.textProperty().bind(viewModel.balanceProperty());
        balance.setWrapText(true);
        // The table gives way, not the warning: it wraps onto as many lines as it needs.
        balance.setMinHeight(Label.USE_PREF_SIZE);
        balance.getStyleClass().add("source-balance");
        VBox matrix = new VBox(4, problem, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label counted = FilterBar.countingLine(viewModel.layersLineProperty(), "analysisLayers");
        PassageListPane passages = new PassageListPane("analysisPassages", viewModel.cell(), opener);
        // What is said about the matrix stands beside it, over the cell's passages, and the matrix has the tab's
        // height: under the exports' row, the counting line and a three-line warning it showed two rows at 1280×800.
        VBox aside = new VBox(6, exports, counted, balance, passages);
        aside.setPadding(new Insets(0, 0, 0, 4));
        VBox.setVgrow(passages, Priority.ALWAYS);
        passages.setMinHeight(PASSAGES_LEAST);
        // The exports, the counting line and the warning over a few of the cell's passages need more height than the
        // tab has at 1280×800: unscrolled, the tab grew past its place and was drawn up over the choices, the export
        // buttons over the Actor choice and the Heat map box. The part beside the matrix scrolls instead.
        ScrollPane asideScroll = new ScrollPane(aside);
        asideScroll.setId("analysisAside");
        asideScroll.setFitToWidth(true);
        asideScroll.setFitToHeight(true);
        asideScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        SplitPane split = new SplitPane(matrix, asideScroll);
        split.setDividerPositions(0.72);
        setTop(choices);
        setCenter(split);
    }

    static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("pane-subtitle");
        return label;
    }

    /**
     * A label and what it names as one piece of the bar, so that the bar wraps between pieces: wrapped between a
     * label and its box, "Percent" ended one row and its box began the next.
     */
    static HBox labelled(String text, Node... controls) {
        HBox piece = new HBox(6, label(text));
        piece.getChildren().addAll(controls);
        piece.setAlignment(Pos.CENTER_LEFT);
        return piece;
    }

    public MatrixTable table() {
        return table;
    }
}
