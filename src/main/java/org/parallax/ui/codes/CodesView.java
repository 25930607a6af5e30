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
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.parallax.analysis.CoOccurrence;
import org.parallax.ui.common.DialogService;
import org.parallax.ui.common.EmptyTableText;
import org.parallax.ui.common.ExportButton;
import org.parallax.ui.common.FittedColumns;
import org.parallax.ui.passages.PassageListPane;
import org.parallax.ui.passages.PassageRow;

/**
 * The Codes tab: each code's frequencies beside the pairs of codes that occur together, both exportable as CSV, and
 * the passages behind the row chosen in either (a click or the arrows; Enter goes on to the passages, as Table 1's
 * cells list theirs): the numbers were the only ones of the window that listed no passages.
 */
public final class CodesView extends BorderPane {
    private final TableView<CodeTables.FrequencyRow> frequencies = new TableView<>();
    private final TableView<CodeTables.PairRow> pairs = new TableView<>();

    public CodesView(CodesViewModel viewModel, DialogService dialogs, Consumer<PassageRow> opener) {
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
        pairs.setPlaceholder(noPairsYet(viewModel));
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
        // Two coders' passages over the same words are two readings, not a pair: the line says a count is one coder's.
        Label counted = new Label();
        counted.setId("cooccurrenceCounted");
        counted.setWrapText(true);
        counted.textProperty().bind(viewModel.modeProperty().map(CoOccurrence.Mode::counted).orElse(""));
        counted.setPadding(new Insets(0, 6, 4, 6));
        PassageListPane passages = new PassageListPane("codesPassages", viewModel.passages(), opener);
        passages.setPadding(new Insets(4, 0, 0, 0));
        listsItsPassages(frequencies, pairs, viewModel::choose, passages);
        listsItsPassages(pairs, frequencies, viewModel::choose, passages);
        SplitPane tables = new SplitPane(frequencies, pairs);
        tables.setOrientation(Orientation.HORIZONTAL);
        // The passages under the tables, not beside them: a third pane left the tables some 350 px of a 1280-pixel
        // window for columns needing 500, their names and counts cut short.
        SplitPane tablesAndPassages = new SplitPane(tables, passages);
        tablesAndPassages.setOrientation(Orientation.VERTICAL);
        tablesAndPassages.setDividerPositions(0.6);
        setTop(new VBox(choices, counted));
        setCenter(tablesAndPassages);
    }

    /**
     * A row chosen in {@code table} (a click, the arrows) lists its passages, and the other table lets go of its row,
     * so the list is never read as the other's; Enter goes on to the passages.
     */
    private static <R> void listsItsPassages(TableView<R> table, TableView<?> other, Consumer<R> choose,
                                             PassageListPane passages) {
        table.getSelectionModel().selectedItemProperty().addListener((o, was, row) -> {
            if (row != null) {
                other.getSelectionModel().clearSelection();
                choose.accept(row);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && table.getSelectionModel().getSelectedItem() != null) {
                passages.takeKeyboard();
                e.consume();
            }
        });
    }

    /** What the empty list of pairs says, with the count by paragraph one click away when none overlap. */
    private static VBox noPairsYet(CodesViewModel viewModel) {
        Label text = EmptyTableText.of("cooccurrenceEmpty", viewModel.noPairsProperty());
        Button byParagraph = new Button("Count by paragraph");
        byParagraph.setId("countByParagraph");
        byParagraph.visibleProperty().bind(viewModel.paragraphOfferedProperty());
        byParagraph.managedProperty().bind(byParagraph.visibleProperty());
        byParagraph.setOnAction(e -> viewModel.countByParagraph());
        VBox empty = new VBox(8, text, byParagraph);
        empty.setAlignment(Pos.CENTER);
        return empty;
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
