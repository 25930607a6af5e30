package org.parallax.ui.documents;

import java.util.List;
import java.util.HashSet;
import java.util.Objects;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import org.parallax.ui.common.ColumnMenu;
import org.parallax.ui.common.FittedColumns;

/** The documents list with its filter box; sorting by clicking column headers, rows kept in place until then. */
public final class DocumentsView extends VBox {
    private final TableView<DocumentRow> table = new TableView<>();
    /** True while the view puts back a selection of several rows: the partial selections in between are not news. */
    private boolean restoring;
    /** True while the open document's row waits for the list to have a height to scroll in (a project opening). */
    private boolean scrollWaits;

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
        // While the list is too short to scroll, as in a new project, the column menu (+) sits over the last header,
        // and JavaFX narrows that header's label to keep clear of it: at 50 px it read "C…"; 18 px more keep it
        // whole.
        TableColumn<DocumentRow, Integer> passages = fixed(column("Coded", DocumentRow::passages, 0), 68);
        passages.getStyleClass().add("numeric");
        table.getColumns().add(passages);
        table.setTableMenuButtonVisible(true);
        FittedColumns.fitOrScroll(table);
        FittedColumns.keepAllInView(table);
        Label empty = new Label();
        empty.setId("documentsPlaceholder");
        empty.textProperty().bind(viewModel.placeholderText());
        // A new project's first instruction: on one line it was cut to "File → Import → Document…" at 1280×800.
        empty.setWrapText(true);
        empty.setTextAlignment(TextAlignment.CENTER);
        empty.setPadding(new Insets(0, 8, 0, 8));
        table.setPlaceholder(empty);
        SortedList<DocumentRow> sorted = new SortedList<>(viewModel.filteredRows());
        KeptOrder order = new KeptOrder();
        sorted.comparatorProperty().bind(order.comparatorProperty());
        // A click on a column header sorts the list; a reload of its rows leaves each where it was (KeptOrder).
        table.setSortPolicy(t -> {
            order.sort(viewModel.rows(), table.getComparator());
            return true;
        });
        viewModel.rows().addListener((ListChangeListener<DocumentRow>) c -> order.changed(viewModel.rows(),
                table.getComparator()));
        table.setItems(sorted);
        viewModel.showsRowsIn(() -> List.copyOf(sorted));
        // Several documents can be selected (Ctrl/Shift+click) to set their details together or remove them; the
        // one clicked last is the open document.
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && !restoring) {
                viewModel.selectedProperty().set(now);
            }
        });
        table.getSelectionModel().getSelectedItems().addListener((ListChangeListener<DocumentRow>) c -> {
            if (!restoring) {
                viewModel.choose(table.getSelectionModel().getSelectedItems().stream().filter(Objects::nonNull).toList());
            }
        });
        viewModel.selectedProperty().addListener((o, was, now) -> {
            if (now != null && table.getSelectionModel().getSelectedItem() != now) {
                int index = sorted.indexOf(now);
                if (index >= 0) {
                    table.getSelectionModel().clearAndSelect(index);
                    scrollIntoView(index);
                }
            }
        });
        viewModel.chosenRows().addListener((ListChangeListener<DocumentRow>) c -> restoreSelection(viewModel));
        MenuItem remove = new MenuItem("Remove from project…");
        remove.setId("removeDocuments");
        remove.setOnAction(e -> viewModel.removeChosen());
        table.setContextMenu(new ContextMenu(remove, new SeparatorMenuItem(), ColumnMenu.of(table)));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && !viewModel.chosenRows().isEmpty()) {
                e.consume();
                viewModel.removeChosen();
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, filter, table);
        table.skinProperty().addListener((o, was, now) -> scrollOnceShown());
    }

    /**
     * Scrolls to the open document's row once the list's rows have a height. A project opens with its rows listed
     * while the list still shows its placeholder, 0 px high: a scroll then kept the row's place as a fraction of no
     * height at all, which at the list's real height came to rest part of a row off (reopened at row 10 of 15, row 3
     * was cut by 8 px). The scroll waits for the layout pass that gave the height to end, as the list computes the
     * fraction from the height it last laid its rows out in.
     */
    private void scrollOnceShown() {
        if (table.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.heightProperty().addListener((o, was, now) -> {
                if (scrollWaits && now.doubleValue() > 0) {
                    scrollWaits = false;
                    Platform.runLater(() -> {
                        int open = table.getSelectionModel().getSelectedIndex();
                        if (open >= 0) {
                            table.scrollTo(open);
                        }
                    });
                }
            });
        }
    }

    /**
     * Selects in the table the rows the view-model holds chosen (a reload empties the table's selection), with the
     * open document selected last so it stays the table's selected item.
     */
    private void restoreSelection(DocumentsViewModel viewModel) {
        List<DocumentRow> chosen = viewModel.chosenRows();
        if (chosen.size() < 2 || new HashSet<>(table.getSelectionModel().getSelectedItems()).equals(new HashSet<>(chosen))) {
            return;
        }
        DocumentRow open = viewModel.selectedProperty().get();
        restoring = true;
        try {
            table.getSelectionModel().clearSelection();
            chosen.stream().filter(r -> r != open).forEach(r -> table.getSelectionModel().select(r));
            if (open != null && chosen.contains(open)) {
                table.getSelectionModel().select(open);
            }
        } finally {
            restoring = false;
        }
    }

    /**
     * Scrolls only when the row is out of sight. Every coding reloads the list, which selects the open document's
     * new row: scrolling it to the top each time made the list jump under the researcher's eyes and hid its first
     * documents, also when a project reopened at a document of the list's second screen. A list without a height
     * yet scrolls once it has one ({@link #scrollOnceShown}).
     */
    private void scrollIntoView(int index) {
        VirtualFlow<?> flow = (VirtualFlow<?>) table.lookup(".virtual-flow");
        scrollWaits = flow == null || flow.getHeight() <= 0;
        if (scrollWaits) {
            return;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
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

    /**
     * A title with its whole text in a tooltip, for titles longer than the column. The cell keeps its one tooltip
     * and changes its text: the list re-makes its cells on every passage coded (a count changes), and a new tooltip
     * builds a popup window's scene each time.
     */
    private static final class TitleCell extends TableCell<DocumentRow, String> {
        private final Tooltip whole = new Tooltip();

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty ? null : item);
            if (empty || item == null) {
                setTooltip(null);
            } else {
                whole.setText(item);
                setTooltip(whole);
            }
        }
    }

    public TableView<DocumentRow> table() {
        return table;
    }

}
