package org.parallax.ui.analysis;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;

/** The shared filter's controls: from and to dates (inclusive) and the coder. */
final class FilterBar {
    private FilterBar() {
    }

    static List<Node> of(AnalysisFilter filter) {
        DatePicker from = new DatePicker();
        from.setPromptText("from");
        from.setPrefWidth(120);
        from.valueProperty().bindBidirectional(filter.fromProperty());
        DatePicker to = new DatePicker();
        to.setPromptText("to");
        to.setPrefWidth(120);
        to.valueProperty().bindBidirectional(filter.toProperty());
        ComboBox<String> coder = new ComboBox<>(filter.coders());
        coder.setValue(filter.coderProperty().get());
        coder.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                filter.coderProperty().set(now);
            }
        });
        filter.coderProperty().addListener((o, was, now) -> coder.setValue(now));
        return List.of(AnalysisView.label("Dates"), from, to, AnalysisView.label("Coder"), coder);
    }
}
