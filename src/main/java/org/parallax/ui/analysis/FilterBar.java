package org.parallax.ui.analysis;

import java.util.List;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
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
        return List.of(AnalysisView.labelled("Dates", from, to),
                AnalysisView.labelled("Coder", coderBox(filter)),
                AnalysisView.labelled("Actor", choice(filter.actors(), filter.actorProperty())));
    }

    /** The coder chooser alone, for a view that lets the researcher choose only whose layers count (Table 1). */
    public static List<Node> coder(AnalysisFilter filter, String id) {
        ComboBox<String> coder = coderBox(filter);
        coder.setId(id);
        return List.of(AnalysisView.label("Coder"), coder);
    }

    /**
     * The line naming the layers counted (ADR 0019), the same in the Table 1, Analysis and Timeline tabs: a row of its
     * own where it can wrap (beside a chooser at 1280 px it was cut short), and no room taken while it is empty.
     */
    public static Label countingLine(StringProperty line, String id) {
        Label counted = new Label();
        counted.setId(id);
        counted.setWrapText(true);
        counted.setMinHeight(Region.USE_PREF_SIZE);
        counted.textProperty().bind(line);
        counted.managedProperty().bind(counted.textProperty().isNotEmpty());
        counted.visibleProperty().bind(counted.textProperty().isNotEmpty());
        return counted;
    }

    /** The coder chooser, held to the active coder in blind coding. */
    private static ComboBox<String> coderBox(AnalysisFilter filter) {
        ComboBox<String> coder = choice(filter.coders(), filter.coderProperty());
        coder.disableProperty().bind(filter.blindProperty());
        return coder;
    }

    private static ComboBox<String> choice(ObservableList<String> items, StringProperty chosen) {
        return ChoiceBinding.comboBox(items, chosen);
    }
}
