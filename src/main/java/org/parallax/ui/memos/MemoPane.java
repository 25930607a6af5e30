package org.parallax.ui.memos;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.parallax.model.MemoKind;
import org.parallax.ui.common.TabLeavesTheTextArea;

/**
 * The memo pane: choose what the memo is about (document, code, passage, project), then write; the text is saved
 * in the background after a short pause in typing and when the pane loses focus. Ctrl+Z here undoes the whole
 * editing session, as the Edit menu does, and Ctrl+Shift+Z or Ctrl+Y redoes it.
 */
public final class MemoPane extends VBox {
    private static final Duration SAVE_AFTER = Duration.millis(600);
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    /** Redo as the Edit menu and the rest of the window have it: Ctrl+Shift+Z, and Ctrl+Y. */
    private static final List<KeyCombination> REDO = List.of(
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
            new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN));

    private final TextArea area = new TextArea();

    public MemoPane(MemoViewModel viewModel, Runnable undo, Runnable redo) {
        super(4);
        setPadding(new Insets(4));
        setId("memoPane");
        HBox kinds = new HBox(2);
        ToggleGroup group = new ToggleGroup();
        for (MemoKind kind : new MemoKind[] {MemoKind.DOCUMENT, MemoKind.CODE, MemoKind.PASSAGE, MemoKind.PROJECT}) {
            ToggleButton button = new ToggleButton(label(kind));
            button.setId("memoKind-" + kind.label());
            button.setUserData(kind);
            button.setToggleGroup(group);
            button.setSelected(kind == viewModel.kindProperty().get());
            kinds.getChildren().add(button);
        }
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            } else {
                viewModel.kindProperty().set((MemoKind) now.getUserData());
            }
        });
        Label heading = new Label();
        heading.textProperty().bind(viewModel.headingProperty());
        heading.getStyleClass().add("pane-subtitle");
        // Wraps rather than keeping its whole width: a passage's heading names its code and its document ("Passage
        // memo: Actions that are threatening … in Remarks by President Biden on …") and ran under the codebook.
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        Label details = new Label();
        details.textProperty().bind(viewModel.detailsProperty());
        Label status = new Label();
        status.setId("memoStatus");
        status.textProperty().bind(viewModel.statusProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox info = new HBox(8, details, gap, status);

        area.setId("memoText");
        area.setWrapText(true);
        TabLeavesTheTextArea.install(area);
        area.textProperty().bindBidirectional(viewModel.textProperty());
        area.disableProperty().bind(viewModel.availableProperty().not());
        area.setPromptText("Write as you code: ideas, doubts, decisions. Saved as you type.");
        PauseTransition pause = new PauseTransition(SAVE_AFTER);
        pause.setOnFinished(e -> viewModel.flush());
        area.textProperty().addListener((o, was, now) -> pause.playFromStart());
        area.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                viewModel.flush();
            }
        });
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e)) {
                e.consume();
                pause.stop();
                viewModel.undoAfterSaving(undo);
            } else if (REDO.stream().anyMatch(combination -> combination.match(e))) {
                // The text area took these keys for its own redo, which had nothing to redo after the window's undo
                // had put the memo back: the memo stayed as undone. The window's redo brings the session back.
                e.consume();
                pause.stop();
                viewModel.undoAfterSaving(redo);
            }
        });
        VBox.setVgrow(area, Priority.ALWAYS);
        getChildren().addAll(kinds, heading, info, area);
    }

    public TextArea area() {
        return area;
    }

    private static String label(MemoKind kind) {
        return switch (kind) {
            case PROJECT -> "Project journal";
            case DOCUMENT -> "Document";
            case CODE -> "Code";
            case PASSAGE -> "Passage";
        };
    }
}
