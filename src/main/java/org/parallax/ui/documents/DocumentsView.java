package org.parallax.ui.documents;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parallax.ui.common.FittedColumns;

/** The documents list with its filter box; sorting by clicking column headers. */
public final class DocumentsView extends VBox {
    private final TableView<DocumentRow> table = new TableView<>();

    public DocumentsView(DocumentsViewModel viewModel) {
        getStyleClass().add("documents-pane");
        Label heading = new Label("_Documents");
        heading.setMnemonicParsing(true);
        heading.getStyleClass().add("pane-title");
        heading.setLabelFor(table);
        TextField filter = new TextField();
        filter.setPromptText("Filter by title, actor, type, date…");
        filter.textProperty().bindBidirectional(viewModel.filterProperty());
        filter.setId("documentFilter");

        table.setId("documentsTable");
        // Only the title stretches: dates, actors and counts keep the width that shows them whole, so at 1280×800
        // every column fits the pane and nothing scrolls sideways; a cut title shows whole in its tooltip. The
        // type (also in the details beneath) is one click away in the list's column menu (+).
        TableColumn<DocumentRow, String> title = column("Title", DocumentRow::title, 220);
        title.setMinWidth(80);
        title.setCellFactory(c -> new TitleCell());
        table.getColumns().add(title);
        table.getColumns().add(fixed(column("Date", DocumentRow::date, 0), 84));
        table.getColumns().add(fixed(column("Actor", DocumentRow::actor, 0), 56));
        TableColumn<DocumentRow, String> type = fixed(column("Type", DocumentRow::type, 0), 80);
        type.setVisible(false);
        table.getColumns().add(type);
        TableColumn<DocumentRow, Integer> passages = fixed(column("Coded", DocumentRow::passages, 0), 50);
        passages.getStyleClass().add("numeric");
        table.getColumns().add(passages);
        table.setTableMenuButtonVisible(true);
        FittedColumns.fitOrScroll(table);
        Label empty = new Label();
        empty.setId("documentsPlaceholder");
        empty.textProperty().bind(Bindings.when(viewModel.listedProperty())
                .then("No documents yet: File → Import → Documents… or drop files here").otherwise("Listing the documents…"));
        table.setPlaceholder(empty);
        SortedList<DocumentRow> sorted = new SortedList<>(viewModel.filteredRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.selectedProperty().set(now);
            }
        });
        viewModel.selectedProperty().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                table.getSelectionModel().select(now);
                scrollIntoView(table.getSelectionModel().getSelectedIndex());
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, filter, table);
    }

    /**
     * Scrolls only when the row is out of sight. Every coding reloads the list, which selects the open document's
     * new row: scrolling it to the top each time made the list jump under the researcher's eyes and hid its first
     * documents, also when a project reopened at a document of the list's second screen.
     */
    private void scrollIntoView(int index) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        IndexedCell<?> first = flow == null ? null : flow.getFirstVisibleCell();
        IndexedCell<?> last = flow == null ? null : flow.getLastVisibleCell();
        boolean shown = first != null && last != null && index > first.getIndex() && index < last.getIndex();
        if (index >= 0 && !shown) {
            table.scrollTo(index);
        }
    }

    private static <T> TableColumn<DocumentRow, T> column(String name, Function<DocumentRow, T> value, double width) {
        TableColumn<DocumentRow, T> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(Math.min(width, 50));
        return column;
    }

    private static <T> TableColumn<DocumentRow, T> fixed(TableColumn<DocumentRow, T> column, double width) {
        column.setMinWidth(width);
        column.setPrefWidth(width);
        column.setMaxWidth(width);
        return column;
    }

    /** A title with its whole text in a tooltip, for titles longer than the column. */
    private static final class TitleCell extends TableCell<DocumentRow, String> {
        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            setTooltip(empty || item == null ? null : new Tooltip(item));
        }
    }

    public TableView<DocumentRow> table() {
        return table;
    }

}
