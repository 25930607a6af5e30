package org.parallax.ui.codes;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.parallax.analysis.CoOccurrence;
import org.parallax.ui.common.DialogService;
import org.parallax.ui.common.EmptyTableText;
import org.parallax.ui.common.ExportButton;
import org.parallax.ui.common.FittedColumns;

/** The Codes tab: each code's frequencies beside the pairs of codes that occur together, both exportable as CSV. */
public final class CodesView extends BorderPane {
    private final TableView<CodeTables.FrequencyRow> frequencies = new TableView<>();
    private final TableView<CodeTables.PairRow> pairs = new TableView<>();

    public CodesView(CodesViewModel viewModel, DialogService dialogs) {
        frequencies.setId("codeFrequencies");
        frequencies.setItems(viewModel.frequencies());
        frequencies.getColumns().add(wide(column("Code", CodeTables.FrequencyRow::code)));
        frequencies.getColumns().add(FittedColumns.count(column("Passages", CodeTables.FrequencyRow::passages)));
        frequencies.getColumns().add(FittedColumns.count(column("Documents", CodeTables.FrequencyRow::documents)));
        frequencies.getColumns().add(FittedColumns.count(column("Characters", CodeTables.FrequencyRow::characters)));
        FittedColumns.fit(frequencies);
        frequencies.setPlaceholder(noCodesYet(viewModel));
        pairs.setId("codeCooccurrence");
        pairs.setItems(viewModel.pairs());
        pairs.getColumns().add(wide(column("Code", CodeTables.PairRow::code)));
        pairs.getColumns().add(wide(column("Other code", CodeTables.PairRow::otherCode)));
        pairs.getColumns().add(FittedColumns.count(column("Count", CodeTables.PairRow::count)));
        pairs.getColumns().add(FittedColumns.count(column("Jaccard", CodeTables.PairRow::jaccard)));
        FittedColumns.fit(pairs);
        ComboBox<CoOccurrence.Mode> mode = new ComboBox<>();
        mode.getItems().setAll(CoOccurrence.Mode.values());
        mode.valueProperty().bindBidirectional(viewModel.modeProperty());
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(CoOccurrence.Mode m) {
                return m == null ? "" : m == CoOccurrence.Mode.OVERLAP ? "overlapping passages" : "same paragraph";
            }

            @Override
            public CoOccurrence.Mode fromString(String text) {
                return null;
            }
        });
        FlowPane choices = new FlowPane(6, 4,
                export("Export frequencies CSV…", "code-frequencies.csv", viewModel::exportFrequencies, dialogs),
                export("Export frequencies to Excel…", "code-frequencies.xlsx", viewModel::exportFrequencies, dialogs),
                subtitle("Co-occurrence by"), mode,
                export("Export co-occurrence CSV…", "cooccurrence.csv", viewModel::exportPairs, dialogs),
                export("Export co-occurrence to Excel…", "cooccurrence.xlsx", viewModel::exportPairs, dialogs),
                export("Export co-occurrence SVG…", "cooccurrence.svg", viewModel::exportPairsSvg, dialogs));
        choices.setPadding(new Insets(4, 6, 4, 6));
        SplitPane tables = new SplitPane(frequencies, pairs);
        tables.setOrientation(Orientation.HORIZONTAL);
        setTop(choices);
        setCenter(tables);
    }

    /**
     * What the empty frequency table says, with the study's Table 1 codebook one click (or Tab, Space) away while the
     * codebook has no code: a project made empty had no window way to it, only {@code parallax codebook import}.
     */
    private static VBox noCodesYet(CodesViewModel viewModel) {
        Label text = EmptyTableText.of("codesEmpty", viewModel.noCodesProperty().map(none -> none
                ? "No codes yet: add frames and codes in the codebook on the right, or start from the study's Table 1 "
                + "codebook (its frames, scenarios and codes)." : ""));
        Button add = new Button("Add the Table 1 codebook");
        add.setId("codesAddTable1");
        add.setOnAction(e -> viewModel.addStudyCodebook());
        add.visibleProperty().bind(viewModel.noCodesProperty());
        add.managedProperty().bind(add.visibleProperty());
        VBox empty = new VBox(8, text, add);
        empty.setAlignment(Pos.CENTER);
        return empty;
    }

    private static <R, V> TableColumn<R, V> column(String name, Function<R, V> value) {
        TableColumn<R, V> column = new TableColumn<>(name);
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        return column;
    }

    /** Code names are the tables' point: they take the room the counts leave (a name cut short: its tooltip). */
    private static <R> TableColumn<R, String> wide(TableColumn<R, String> column) {
        column.setPrefWidth(190);
        return FittedColumns.stretching(column, 100);
    }

    private static Button export(String text, String file, Consumer<Path> exporter, DialogService dialogs) {
        return ExportButton.toFlow(text, text.replace("…", ""), file, exporter, dialogs);
    }

    private static Label subtitle(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("pane-subtitle");
        return label;
    }

    public TableView<CodeTables.FrequencyRow> frequencies() {
        return frequencies;
    }

    public TableView<CodeTables.PairRow> pairs() {
        return pairs;
    }
}
