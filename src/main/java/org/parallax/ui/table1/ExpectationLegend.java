package org.parallax.ui.table1;

import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.parallax.analysis.ExpectationOverlay;

/** The "Show expectations" toggle and, while it is on, the key to the cell colours. */
final class ExpectationLegend {
    private ExpectationLegend() {
    }

    static HBox of(BooleanProperty show) {
        CheckBox toggle = new CheckBox("Show expectations");
        toggle.setId("showExpectations");
        toggle.setMinWidth(Region.USE_PREF_SIZE);
        toggle.selectedProperty().bindBidirectional(show);
        HBox key = new HBox(8,
                swatch(ExpectationOverlay.Status.EXPECTED_OBSERVED, "expected, observed"),
                swatch(ExpectationOverlay.Status.UNEXPECTED, "unexpected"),
                swatch(ExpectationOverlay.Status.EXPECTED_EMPTY, "expected, none"));
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
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }
}
