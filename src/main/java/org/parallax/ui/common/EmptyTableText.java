package org.parallax.ui.common;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.text.TextAlignment;

/**
 * What an empty table says in place of JavaFX's "No content in table": the first thing to do for it to get rows,
 * wrapped and centred so it is read whole in a narrow pane.
 */
public final class EmptyTableText {
    private EmptyTableText() {
    }

    /** A placeholder label with this id showing {@code text} as it changes. */
    public static Label of(String id, ObservableValue<String> text) {
        Label empty = new Label();
        empty.setId(id);
        empty.textProperty().bind(text);
        empty.setWrapText(true);
        empty.setTextAlignment(TextAlignment.CENTER);
        empty.setPadding(new Insets(0, 12, 0, 12));
        return empty;
    }
}
