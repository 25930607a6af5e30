package org.parallax.ui.analysis;

import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import org.parallax.ui.common.ChoiceBinding;

/** The shared filter's controls: from and to dates (inclusive), the coder and the source actor. */
public final class FilterBar {
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
        return List.of(AnalysisView.label("Dates"), from, to,
                AnalysisView.label("Coder"), choice(filter.coders(), filter.coderProperty()),
                AnalysisView.label("Actor"), choice(filter.actors(), filter.actorProperty()));
    }

    /** The coder chooser alone, for a view that lets the researcher choose only whose layers count (Table 1). */
    public static List<Node> coder(AnalysisFilter filter, String id) {
        ComboBox<String> coder = choice(filter.coders(), filter.coderProperty());
        coder.setId(id);
        return List.of(AnalysisView.label("Coder"), coder);
    }

    private static ComboBox<String> choice(ObservableList<String> items, StringProperty chosen) {
        return ChoiceBinding.comboBox(items, chosen);
    }
}
