package org.parallax.ui.common;

import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A table's columns to show or hide, as a submenu of its context menu: the column menu (+) above the scroll bar takes
 * no keyboard focus, so without this a researcher without a mouse could not show a hidden column. Both menus change
 * the same columns, and {@link ColumnChoices} remembers what either chose.
 */
public final class ColumnMenu {
    private ColumnMenu() {
    }

    /** "Columns", one check item per column of {@code table}, checked while the column shows. */
    public static Menu of(TableView<?> table) {
        Menu columns = new Menu("Columns");
        columns.setId(table.getId() + "Columns");
        for (TableColumn<?, ?> column : table.getColumns()) {
            CheckMenuItem shown = MenuText.plain(new CheckMenuItem(column.getText()));
            shown.selectedProperty().bindBidirectional(column.visibleProperty());
            columns.getItems().add(shown);
        }
        return columns;
    }
}
