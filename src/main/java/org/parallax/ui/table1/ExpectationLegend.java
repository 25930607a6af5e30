package org.parallax.ui.table1;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import org.parallax.analysis.ExpectationOverlay;

/** The "Show expectations" toggle and, while it is on, the key to the cell colours. */
final class ExpectationLegend {
    private ExpectationLegend() {
    }

    static HBox of(BooleanProperty show) {
        CheckBox toggle = new CheckBox("Show expectations");
        toggle.setId("showExpectations");
        toggle.selectedProperty().bindBidirectional(show);
        HBox key = new HBox(8,
                swatch(ExpectationOverlay.Status.EXPECTED_OBSERVED, "expected and observed: the frame explains"),
                swatch(ExpectationOverlay.Status.UNEXPECTED, "observed against the expectation"),
                swatch(ExpectationOverlay.Status.EXPECTED_EMPTY, "expected, no passage"));
        key.visibleProperty().bind(show);
        key.setAlignment(Pos.CENTER_LEFT);
        HBox bar = new HBox(14, toggle, key);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(3, 6, 3, 6));
        return bar;
    }

    private static Label swatch(ExpectationOverlay.Status status, String meaning) {
        Label label = new Label(meaning);
        label.getStyleClass().addAll("legend-swatch", ExpectationCell.styleClass(status));
        return label;
    }
}
