package org.parallax.ui.app;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parallax.ui.common.ProjectContext;

/** Undo and redo of the open project, with menu labels that name the action ("Undo Code passage with …"). */
public final class UndoViewModel {
    private final ProjectContext context;
    private final StringProperty undoLabel = new SimpleStringProperty("Undo");
    private final StringProperty redoLabel = new SimpleStringProperty("Redo");
    private final BooleanProperty canUndo = new SimpleBooleanProperty(false);
    private final BooleanProperty canRedo = new SimpleBooleanProperty(false);

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

    public void undo() {
        context.write(wb -> wb.history().undo());
    }

    public void redo() {
        context.write(wb -> wb.history().redo());
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
