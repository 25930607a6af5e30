package org.parallax.ui.common;

import java.util.function.Consumer;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;

/**
 * A table whose row opens (its passage, its document) on a double-click and, for a keyboard user, on Enter: the
 * evidence, memo and practice tables opened on a double-click alone, so without a mouse a row could be chosen but not
 * opened.
 */
public final class RowOpens {
    private RowOpens() {
    }

    /** Opens the selected row on Enter, and a row double-clicked; a row factory of the table's own is kept. */
    public static <T> void on(TableView<T> table, Consumer<T> open) {
        var made = table.getRowFactory();
        table.setRowFactory(t -> {
            TableRow<T> row = made == null ? new TableRow<>() : made.call(t);
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row.getItem() != null) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
        table.addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            T selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && !e.isShortcutDown() && !e.isAltDown() && selected != null) {
                e.consume();
                open.accept(selected);
            }
        });
    }
}
