package org.parallax.ui.common;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The first Down in a list or table where nothing is chosen chooses its first row. JavaFX keeps the keyboard's mark on
 * the first row of a list with nothing chosen, and Down moved on from there: Tab into the passages of a Table 1 cell
 * or the search hits, Down, and the second was chosen (and opened), the first reached only by going back up.
 */
public final class FirstDownChoosesTheFirstRow {
    private FirstDownChoosesTheFirstRow() {
    }

    /** Makes it so for every list and table of {@code scene}. */
    public static void install(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown()
                    && chooseFirst(scene.getFocusOwner())) {
                e.consume();
            }
        });
    }

    private static boolean chooseFirst(Node node) {
        if (node instanceof ListView<?> list && list.getSelectionModel() != null
                && list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()
                && list.getFocusModel().getFocusedIndex() <= 0) {
            list.getSelectionModel().select(0);
            list.scrollTo(0);
            return true;
        }
        if (node instanceof TableView<?> table && table.getSelectionModel() != null
                && table.getSelectionModel().isEmpty() && !table.getItems().isEmpty()
                && table.getFocusModel().getFocusedIndex() <= 0 && !table.getVisibleLeafColumns().isEmpty()) {
            if (table.getSelectionModel().isCellSelectionEnabled()) {
                selectFirstCell(table);
            } else {
                table.getSelectionModel().select(0);
            }
            table.scrollTo(0);
            return true;
        }
        return false;
    }

    /** A table of cells (Table 1) starts at the first row's cell in the column the keyboard is in, else the first. */
    private static <S> void selectFirstCell(TableView<S> table) {
        var focused = table.getFocusModel().getFocusedCell();
        var column = focused != null && focused.getTableColumn() != null ? focused.getTableColumn()
                : table.getVisibleLeafColumn(0);
        table.getSelectionModel().select(0, column);
    }
}
