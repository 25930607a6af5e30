package org.parallax.ui.app;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.parallax.model.Segment;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.PassagesChanged;
import org.parallax.workbench.UndoHistory;

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
    private Consumer<Segment> onPassage = passage -> {
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
        context.read(wb -> new State(wb.history().undoLabel().orElse(null), wb.history().redoLabel().orElse(null),
                wb.history().undoUnavailable().orElse(null)), this::apply);
        if (context.workbench() == null) {
            apply(new State(null, null, null));
        }
    }

    private void apply(State state) {
        canUndo.set(state.undo() != null);
        canRedo.set(state.redo() != null);
        undoLabel.set(state.undo() != null ? "Undo " + state.undo()
                : state.undoUnavailable() != null ? state.undoUnavailable() : "Undo");
        redoLabel.set(state.redo() == null ? "Redo" : "Redo " + state.redo());
    }

    /**
     * Ctrl+Z said nothing: the menu's label, which named the step, is not seen from the keyboard, so a researcher
     * could not tell what an undo had taken back (a passage, a rename, a memo's last words) without hunting for it.
     */
    public void undo() {
        context.act(wb -> wb.history().undoStep(), step -> step.ifPresent(s -> done("Undone: ", s)));
    }

    public void redo() {
        context.act(wb -> wb.history().redoStep(), step -> step.ifPresent(s -> done("Redone: ", s)));
    }

    /**
     * Says what the step did and shows the passage it coded or took out, or the first of a batch's (a merge, an
     * auto-code or assistant run) with how many came back or went in how many documents, and how many were gone
     * already: undoing a coding left the text where it was, the passages perhaps in other documents, and the
     * researcher had to find what had changed.
     */
    private void done(String what, UndoHistory.Step step) {
        onStep.accept(what + step.label() + step.passages().filter(PassagesChanged::worthSaying)
                .map(p -> " — " + p.sentence()).orElse(""));
        step.passages().map(PassagesChanged::first).ifPresent(onPassage);
    }

    /** Where to show the passage an undo or redo coded or took out (a batch's first): the document view, selected. */
    public void setOnPassage(Consumer<Segment> onPassage) {
        this.onPassage = onPassage;
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

    /** {@code undoUnavailable}: why there is nothing to undo when steps were let go, else null. */
    private record State(String undo, String redo, String undoUnavailable) {
    }
}
