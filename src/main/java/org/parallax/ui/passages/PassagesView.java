package org.parallax.ui.passages;

import java.util.Optional;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.control.ContextMenu;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.parallax.ui.common.ColumnMenu;
import org.parallax.ui.common.DialogService;
import org.parallax.ui.common.FittedColumns;

/**
 * The passages table; selecting a row shows the passage in the document, a double-click on a memo edits it in the memo
 * dialog (over several lines: an editor in the cell kept one line and ran a memo's paragraphs together).
 */
public final class PassagesView extends VBox {
    private final TableView<PassageRow> table = new TableView<>();
    private final PassagesViewModel viewModel;
    private final DialogService dialogs;

    public PassagesView(PassagesViewModel viewModel, DialogService dialogs) {
        super(4);
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        Label heading = new Label();
        heading.textProperty().bind(viewModel.headingProperty());
        heading.getStyleClass().add("pane-subtitle");
        table.setId("passagesTable");
        table.setItems(viewModel.rows());
        // The passage's text takes the room the others leave; each text cut short shows whole in its tooltip.
        TableColumn<PassageRow, String> text = FittedColumns.stretching(column("Passage", PassageRow::text, 420), 200);
        TableColumn<PassageRow, String> code = FittedColumns.stretching(column("Code", PassageRow::code, 170), 110);
        TableColumn<PassageRow, String> document = FittedColumns.stretching(column("Document", PassageRow::document,
                150), 100);
        TableColumn<PassageRow, String> coder = FittedColumns.fixed(column("Coder", PassageRow::coder, 0), 96);
        TableColumn<PassageRow, String> memo = FittedColumns.stretching(column("Memo (double-click to edit)",
                PassageRow::memo, 240), 220);
        table.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                memoRowUnder(e, memo).ifPresent(this::editMemo);
            }
        });
        table.getColumns().addAll(text, code, document, coder, memo);
        FittedColumns.fit(table);
        table.setPlaceholder(new Label("No coded passages here yet"));
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                viewModel.open(now);
            }
        });
        table.setContextMenu(menu());
        VBox.setVgrow(table, Priority.ALWAYS);
        getChildren().addAll(heading, table);
    }

    /**
     * The selected passage's memo edited in the memo dialog, as a double-click on it does (from the keyboard too:
     * Shift+F10 or the Menu key), its quote or all of them copied, the columns, and the removal last after a
     * separator, as in the text's passage menu.
     */
    private ContextMenu menu() {
        MenuItem edit = new MenuItem("Edit memo…");
        edit.setOnAction(e -> editMemo(table.getSelectionModel().getSelectedItem()));
        MenuItem remove = new MenuItem("Remove passage");
        remove.setOnAction(e -> viewModel.remove(table.getSelectionModel().getSelectedItem()));
        BooleanBinding none = table.getSelectionModel().selectedItemProperty().isNull();
        edit.disableProperty().bind(none);
        remove.disableProperty().bind(none);
        CopyQuotes copies = new CopyQuotes(viewModel::quote, table.getSelectionModel().getSelectedItems(),
                viewModel.rows());
        copies.keys(table);
        ContextMenu menu = new ContextMenu(edit);
        menu.getItems().addAll(copies.items());
        menu.getItems().addAll(ColumnMenu.of(table), new SeparatorMenuItem(), remove);
        return menu;
    }

    private void editMemo(PassageRow row) {
        dialogs.askMemo("Memo", "Memo for this passage:", row.memo() == null ? "" : row.memo())
                .ifPresent(text -> viewModel.editMemo(row, text));
    }

    /** The row of the memo cell double-clicked: the first click's selection may have refreshed the list. */
    private static Optional<PassageRow> memoRowUnder(MouseEvent event, TableColumn<PassageRow, String> memo) {
        for (Node node = event.getPickResult().getIntersectedNode(); node != null; node = node.getParent()) {
            if (node instanceof TableCell<?, ?> cell) {
                return cell.getTableColumn() == memo && cell.getTableRow() != null
                        && cell.getTableRow().getItem() instanceof PassageRow row ? Optional.of(row) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static TableColumn<PassageRow, String> column(String name, Function<PassageRow, String> value,
                                                          double width) {
        TableColumn<PassageRow, String> column = new TableColumn<>(name);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setEditable(false);
        return column;
    }
}
