package org.parallax.ui.common;

import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.control.TableCell;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;

/**
 * Columns that share their table's width, so that at 1280×800 no column hides off to the right: text columns
 * stretch and give way (a text cut short shows whole in its tooltip), counts keep the width of their header and
 * sit right-aligned, and the table's column menu (+) shows or hides the columns a researcher rarely needs
 * ({@link ColumnChoices} remembers them).
 */
public final class FittedColumns {
    /** The width of the column menu's button, with its margin (parallax.css, .under-menu-button). */
    private static final double MENU_BUTTON = 18;
    /** The vertical scroll bar's width and the table's border: what the columns cannot use of its width. */
    private static final double SCROLL_BAR = 20;

    private FittedColumns() {
    }

    /**
     * The table's columns fill its width and no more; a column menu lets the researcher choose among them, as the
     * table's context menu does (reached from the keyboard too; a view that gives the table a menu of its own puts
     * {@link ColumnMenu} in it). Call it once the columns are added: while the list is too short for a vertical scroll
     * bar, the menu button (+) sits over the last column's header, which therefore keeps room for it.
     */
    public static void fit(TableView<?> table) {
        fitOrScroll(table);
        table.setTableMenuButtonVisible(true);
        if (table.getContextMenu() == null) {
            table.setContextMenu(new ContextMenu(ColumnMenu.of(table)));
        }
        TableColumn<?, ?> last = table.getColumns().get(table.getColumns().size() - 1);
        last.getStyleClass().add("under-menu-button");
        boolean kept = last.getMaxWidth() == last.getMinWidth();
        last.setMinWidth(last.getMinWidth() + MENU_BUTTON);
        last.setPrefWidth(last.getPrefWidth() + MENU_BUTTON);
        if (kept) {
            last.setMaxWidth(last.getMinWidth());
        }
    }

    /**
     * The columns share the table's width while their minimum widths fit in it; in a narrower pane (a 1024×768
     * screen, a matrix by year) the table scrolls sideways instead. A constrained policy alone would clip the columns
     * past the edge (JavaFX hides the scroll bar under it), leaving no way to reach them.
     */
    public static void fitOrScroll(TableView<?> table) {
        Runnable choose = () -> {
            double least = table.getVisibleLeafColumns().stream().mapToDouble(TableColumn::getMinWidth).sum();
            var policy = least <= table.getWidth() - SCROLL_BAR ? TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS
                    : TableView.UNCONSTRAINED_RESIZE_POLICY;
            if (table.getColumnResizePolicy() != policy) {
                table.setColumnResizePolicy(policy);
            }
        };
        // The width changes while the window lays itself out; a new policy asks for another layout, which asked
        // for during a layout pass can be lost and leave labels beside the table showing stale text. Hence later.
        InvalidationListener later = o -> Platform.runLater(choose);
        table.widthProperty().addListener(later);
        table.getVisibleLeafColumns().addListener(later);
        choose.run();
    }

    /**
     * The table is never narrower than its visible columns' least widths beside the scroll bar, so the split pane it
     * sits in gives way elsewhere and every column stays in view: an empty list has no sideways scroll bar, and at
     * 1024×768 a new project's documents list showed its Title column alone.
     */
    public static void keepAllInView(TableView<?> table) {
        Runnable least = () -> table.setMinWidth(table.getVisibleLeafColumns().stream()
                .mapToDouble(TableColumn::getMinWidth).sum() + SCROLL_BAR);
        table.getVisibleLeafColumns().addListener((InvalidationListener) o -> least.run());
        least.run();
    }

    /** A text column that stretches with the pane and gives way down to {@code minWidth}, never below its header. */
    public static <R> TableColumn<R, String> stretching(TableColumn<R, String> column, double minWidth) {
        ColumnHeaders.fitted(column);
        column.setMinWidth(Math.max(minWidth, column.getMinWidth()));
        column.setCellFactory(c -> new TooltipCell<>());
        return column;
    }

    /** A column kept at {@code width}, at least as wide as its header; a text cut short shows in its tooltip. */
    public static <R, V> TableColumn<R, V> fixed(TableColumn<R, V> column, double width) {
        ColumnHeaders.fitted(column);
        double kept = Math.max(width, column.getMinWidth());
        column.setMinWidth(kept);
        column.setPrefWidth(kept);
        column.setMaxWidth(kept);
        column.setCellFactory(c -> new TooltipCell<>());
        return column;
    }

    /** A count or measure: right-aligned in a column as wide as its header. */
    public static <R, V> TableColumn<R, V> count(TableColumn<R, V> column) {
        fixed(column, 0);
        column.getStyleClass().add("numeric");
        return column;
    }

    /** A cell whose text, cut short or not, is also its tooltip: one tooltip per cell, reused as rows scroll. */
    private static final class TooltipCell<R, V> extends TableCell<R, V> {
        private final Tooltip whole = new Tooltip();

        @Override
        protected void updateItem(V item, boolean empty) {
            super.updateItem(item, empty);
            String text = empty || item == null ? null : item.toString();
            setText(text);
            showWhole(this, whole, text);
        }
    }

    private static void showWhole(TableCell<?, ?> cell, Tooltip whole, String text) {
        if (text == null || text.isBlank()) {
            cell.setTooltip(null);
        } else {
            whole.setText(text.strip());
            cell.setTooltip(whole);
        }
    }
}
