package org.parallax.ui.common;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * The columns a researcher showed or hid with a list's column menu (+), remembered across runs by the table's id
 * and the column's name ("memosTable/Modified"); a column never chosen keeps the view's default.
 */
public final class ColumnChoices {
    private final Supplier<Map<String, Boolean>> stored;
    private final BiConsumer<String, Boolean> chosen;

    /** {@code stored} gives the remembered choices, {@code chosen} is told each new one. */
    public ColumnChoices(Supplier<Map<String, Boolean>> stored, BiConsumer<String, Boolean> chosen) {
        this.stored = stored;
        this.chosen = chosen;
    }

    /** Applies the remembered choices to every table with a column menu in {@code view}, and remembers new ones. */
    public void apply(Node view) {
        if (view instanceof TableView<?> table) {
            if (table.getId() != null && table.isTableMenuButtonVisible()) {
                table.getColumns().forEach(column -> remember(table.getId() + "/" + column.getText(), column));
            }
            return;
        }
        // A split pane's and a scroll pane's content are its children only once its skin exists.
        if (view instanceof SplitPane split) {
            split.getItems().forEach(this::apply);
        } else if (view instanceof ScrollPane scroll && scroll.getContent() != null) {
            apply(scroll.getContent());
        } else if (view instanceof Parent parent) {
            parent.getChildrenUnmodifiable().forEach(this::apply);
        }
    }

    private void remember(String key, TableColumn<?, ?> column) {
        Boolean shown = stored.get().get(key);
        if (shown != null) {
            column.setVisible(shown);
        }
        column.visibleProperty().addListener((o, was, now) -> chosen.accept(key, now));
    }
}
