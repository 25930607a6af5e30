package org.parallax.ui.app;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parallax.ui.common.ProjectContext;

/**
 * Undo and redo of the open project, with menu labels that name the action ("Undo Code passage with …") and a line
 * saying what the last undo or redo did ("Undone: Code passage with …").
 */
public final class UndoViewModel {
    private final ProjectContext context;
    private final StringProperty undoLabel = new SimpleStringProperty("Undo");
    private final StringProperty redoLabel = new SimpleStringProperty("Redo");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);
    private Consumer<String> onStep = step -> {
    };

    public UndoViewModel(ProjectContext context) {
        this.context = context;
        context.workbenchProperty().addListener((o, was, now) -> {
            if (now != null) {
                now.history().addListener(() -> context.tasks().onUi(() -> {
                    if (context.workbench() == now) {
                        refresh();
                    }
                }));
            }
            refresh();
        });
    }

    private void refresh() {
        context.read(wb -> new State(wb.history().undoLabel().orElse(null), wb.history().redoLabel().orElse(null)),
                this::apply);
        if (context.workbench() == null) {
            apply(new State(null, null));
        }
    }

    private void apply(State state) {
        canUndo.set(state.undo() != null);
        canRedo.set(state.redo() != null);
        undoLabel.set(state.undo() == null ? "Undo" : "Undo " + state.undo());
        redoLabel.set(state.redo() == null ? "Redo" : "Redo " + state.redo());
    }

    /**
     * Ctrl+Z said nothing: the menu's label, which named the step, is not seen from the keyboard, so a researcher
     * could not tell what an undo had taken back (a passage, a rename, a memo's last words) without hunting for it.
     */
    public void undo() {
        context.act(wb -> wb.history().undo(), step -> step.ifPresent(label -> onStep.accept("Undone: " + label)));
    }

    public void redo() {
        context.act(wb -> wb.history().redo(), step -> step.ifPresent(label -> onStep.accept("Redone: " + label)));
    }

    /** Where to say what an undo or redo did: the status bar. */
    public void setOnStep(Consumer<String> onStep) {
        this.onStep = onStep;
    }

    public StringProperty undoLabelProperty() {
        return undoLabel;
    }

    public StringProperty redoLabelProperty() {
        return redoLabel;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    private record State(String undo, String redo) {
    }
}
