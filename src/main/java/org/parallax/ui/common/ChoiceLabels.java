package org.parallax.ui.common;

import java.util.function.Function;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/**
 * Shows a combo box's choices in words (an enum's label, "treaty") instead of their {@code toString} (the constant's
 * name, "TREATY"), in the list and in the box itself.
 */
public final class ChoiceLabels {
    private ChoiceLabels() {
    }

    public static <T> void show(ComboBox<T> box, Function<T, String> words) {
        box.setConverter(new StringConverter<>() {
            @Override
            public String toString(T value) {
                return value == null ? "" : words.apply(value);
            }

            @Override
            public T fromString(String string) {
                // The boxes are not editable: a choice comes from the list, never from typed text.
                return null;
            }
        });
    }
}
