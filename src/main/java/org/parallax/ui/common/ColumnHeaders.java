package org.parallax.ui.common;

import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Table column headers that are never cut short: a long header wraps onto as many lines as it needs, a short
 * one keeps its column at least as wide as its text.
 */
public final class ColumnHeaders {
    private ColumnHeaders() {
    }

    /** A header that wraps within {@code width} and is as tall as its lines; the full text is also its tooltip. */
    public static Label wrapping(String text, double width) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(width);
        label.setPrefWidth(width);
        // The header row asks its labels for their height without a width, which a wrapping label answers
        // with one line; measuring the wrapped text makes the row tall enough for every line.
        Text measure = new Text(text);
        measure.setFont(label.getFont());
        measure.setWrappingWidth(width - 4);
        double height = Math.ceil(measure.getLayoutBounds().getHeight()) + 6;
        label.setMinHeight(height);
        label.setPrefHeight(height);
        label.setTextAlignment(TextAlignment.CENTER);
        label.setTooltip(new Tooltip(text));
        label.getStyleClass().add("scenario-header");
        return label;
    }

    /** Keeps {@code column} wide enough for its own header text plus the header's padding and sort arrow. */
    public static <R, V> TableColumn<R, V> fitted(TableColumn<R, V> column) {
        double text = new Text(column.getText()).getLayoutBounds().getWidth();
        column.setMinWidth(Math.ceil(text) + 28);
        column.setPrefWidth(Math.max(column.getPrefWidth(), column.getMinWidth()));
        return column;
    }
}
