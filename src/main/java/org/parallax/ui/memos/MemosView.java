package org.parallax.ui.memos;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parallax.model.MemoRow;
import org.parallax.model.MemoKind;
import org.parallax.ui.coding.MemoPreview;
import org.parallax.ui.common.RowOpens;
import org.parallax.ui.common.DialogService;
import org.parallax.ui.common.ExportButton;
import org.parallax.ui.common.FittedColumns;

/** The Memos tab: filters (kind, author, open document, text search) over a table of every memo. */
public final class MemosView extends VBox {
    private static final String ALL = "All";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private final TableView<MemoRow> table = new TableView<>();

    /** {@code openDocument} is the id of the document open in the text, for the "this document only" filter. */
    public MemosView(MemosViewModel viewModel, ObjectProperty<Long> openDocument, DialogService dialogs) {
        super(4);
        ComboBox<String> kind = new ComboBox<>();
        kind.getItems().add(ALL);
        for (MemoKind k : MemoKind.values()) {
            kind.getItems().add(k.label());
        }
        kind.setValue(ALL);
        kind.setId("memosKind");
        kind.valueProperty().addListener((o, was, now) ->
                viewModel.kindProperty().set(now == null || ALL.equals(now) ? null : MemoKind.parse(now)));
        ComboBox<String> author = new ComboBox<>();
        author.setId("memosAuthor");
        author.getItems().add(ALL);
        author.setValue(ALL);
        viewModel.authors().addListener((ListChangeListener<String>) c -> {
            String selected = author.getValue();
            author.getItems().setAll(ALL);
            author.getItems().addAll(viewModel.authors());
            author.setValue(selected);
        });
        author.valueProperty().addListener((o, was, now) ->
                viewModel.authorProperty().set(now == null || ALL.equals(now) ? null : now));
        CheckBox thisDocument = new CheckBox("Open document only");
        thisDocument.setId("memosThisDocument");
        thisDocument.selectedProperty().addListener((o, was, now) ->
                viewModel.documentIdProperty().set(now ? openDocument.get() : null));
        openDocument.addListener((o, was, now) -> {
            if (thisDocument.isSelected()) {
                viewModel.documentIdProperty().set(now);
            }
        });
        TextField search = new TextField();
        search.setId("memosSearch");
        search.setPromptText("Search in memos (Search tab syntax), Enter");
        search.textProperty().bindBidirectional(viewModel.queryProperty());
        search.setOnAction(e -> viewModel.refresh());
        HBox.setHgrow(search, Priority.ALWAYS);
        Button clear = new Button("Clear");
        clear.setOnAction(e -> {
            search.clear();
            viewModel.refresh();
        });
        Label summary = new Label();
        summary.textProperty().bind(viewModel.summaryProperty());
        Button export = ExportButton.toFlow("Export…", "Export memos", "memos.csv", viewModel::export, dialogs);
        export.setId("memosExport");
        export.setTooltip(new Tooltip("The memos listed, as CSV (or JSON: name the file .json)"));
        HBox filters = new HBox(6, new Label("Kind"), kind, new Label("Author"), author, thisDocument, search, clear,
                summary, export);
        filters.setAlignment(Pos.CENTER_LEFT);

        table.setId("memosTable");
        table.setItems(viewModel.rows());
        // The memo takes the room the others leave; when it was modified is in the column menu (+).
        table.getColumns().add(FittedColumns.fixed(column("Kind", MemoRow::kind, 0), 80));
        table.getColumns().add(FittedColumns.stretching(column("About", MemoRow::about, 240), 120));
        table.getColumns().add(FittedColumns.stretching(column("Memo", r -> MemoPreview.of(r.text()), 460), 200));
        table.getColumns().add(FittedColumns.fixed(column("Author", MemoRow::author, 0), 100));
        table.getColumns().add(FittedColumns.fixed(column("Last edited by", MemoRow::lastEditedBy, 0), 100));
        TableColumn<MemoRow, String> modified = FittedColumns.fixed(column("Modified",
                r -> r.modified() == null ? "" : WHEN.format(r.modified()), 0), 130);
        modified.setVisible(false);
        table.getColumns().add(modified);
        FittedColumns.fit(table);
        Label empty = new Label();
        empty.setId("memosEmpty");
        // "None yet" would be wrong where a search or a filter left nothing of memos that exist.
        empty.textProperty().bind(Bindings.createStringBinding(() -> viewModel.isFiltered()
                        ? "No memo matches the search and filters: Clear, or set Kind and Author to All"
                        : "No memos here yet: write one in the Memo tab", viewModel.queryProperty(),
                viewModel.kindProperty(), viewModel.authorProperty(), viewModel.documentIdProperty(),
                viewModel.rows()));
        table.setPlaceholder(empty);
        table.setRowFactory(t -> {
            TableRow<MemoRow> row = new TableRow<>();
            // One tooltip per row, its text changed: a new one (a popup window's scene) per row re-made on each change.
            Tooltip whole = new Tooltip();
            row.itemProperty().addListener((o, was, now) -> {
                if (now != null) {
                    whole.setText(now.text());
                }
                row.setTooltip(now == null ? null : whole);
            });
            return row;
        });
        RowOpens.on(table, viewModel::open);
        VBox.setVgrow(table, Priority.ALWAYS);
        Label error = new Label();
        error.setId("memosSearchError");
        error.setStyle("-fx-text-fill: #b00020;");
        error.textProperty().bind(viewModel.queryErrorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        error.setWrapText(true);
        getChildren().addAll(filters, error, table);
    }

    private static TableColumn<MemoRow, String> column(String name, Function<MemoRow, String> value, double width) {
        TableColumn<MemoRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        return column;
    }
}
