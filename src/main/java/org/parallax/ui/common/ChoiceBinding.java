package org.parallax.ui.common;

import java.util.Objects;
import javafx.beans.property.Property;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.ComboBox;

/**
 * Binds a combo box to a view-model's choice list and value so that refreshing the list never changes the
 * value. A plain {@code bindBidirectional} lets the box clear its value while its items are replaced, and
 * that blank went back into the view-model and from there into a save (a codebook change wiped a document's
 * scenario). Here only the user's pick, or the view-model, sets the value; a value missing from the refreshed
 * list stays shown.
 */
public final class ChoiceBinding {
    private ChoiceBinding() {
    }

    /** A combo box over {@code choices} whose value follows {@code value} both ways. */
    public static <T> ComboBox<T> comboBox(ObservableList<T> choices, Property<T> value) {
        ComboBox<T> box = new ComboBox<>();
        bind(box, choices, value);
        return box;
    }

    /** Takes over {@code box}'s items, filling them from {@code choices} on every change. */
    public static <T> void bind(ComboBox<T> box, ObservableList<T> choices, Property<T> value) {
        boolean[] refreshing = {false};
        Runnable refill = () -> {
            refreshing[0] = true;
            try {
                box.getItems().setAll(choices);
                box.setValue(value.getValue());
            } finally {
                refreshing[0] = false;
            }
        };
        refill.run();
        choices.addListener((ListChangeListener<T>) c -> refill.run());
        box.valueProperty().addListener((o, was, now) -> {
            if (!refreshing[0] && !Objects.equals(now, value.getValue())) {
                value.setValue(now);
            }
        });
        value.addListener((o, was, now) -> {
            if (!Objects.equals(box.getValue(), now)) {
                refreshing[0] = true;
                try {
                    box.setValue(now);
                } finally {
                    refreshing[0] = false;
                }
            }
        });
    }
}
