package org.parallax.ui.common;

import java.util.Objects;
import javafx.beans.property.Property;

/**
 * One field of a form: the value the project holds and the value the user sees and edits. A form writes
 * back only the fields the user changed, and a refresh of what the project holds keeps an unsaved edit.
 */
public final class FormField<T> {
    private final Property<T> value;
    private T held;

    public FormField(Property<T> value) {
        this.value = value;
        this.held = value.getValue();
    }

    /** Shows what the project now holds; with {@code keepEdit} a field the user has changed keeps the edit. */
    public void show(T nowHeld, boolean keepEdit) {
        if (!keepEdit || !isEdited()) {
            value.setValue(nowHeld);
        }
        held = nowHeld;
    }

    /** Whether the user changed the value since the project's value was shown. */
    public boolean isEdited() {
        return !Objects.equals(value.getValue(), held);
    }

    public T value() {
        return value.getValue();
    }

    /** What the project held when last shown, whatever the user has typed over it since. */
    public T held() {
        return held;
    }
}
