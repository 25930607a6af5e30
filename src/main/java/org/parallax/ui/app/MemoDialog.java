package org.parallax.ui.app;

import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.parallax.ui.common.TabLeavesTheTextArea;

/**
 * A memo edited in a dialog, over several lines: a one-line field drops a memo's line breaks as it shows it, so
 * pressing OK saved its paragraphs run together ("deterrentSecond thought").
 */
final class MemoDialog {
    private MemoDialog() {
    }

    static Optional<String> ask(Window owner, String title, String prompt, String initial) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        TextArea text = new TextArea(initial);
        text.setId("memoText");
        text.setWrapText(true);
        text.setPrefColumnCount(48);
        text.setPrefRowCount(8);
        TabLeavesTheTextArea.install(text);
        Label label = new Label(prompt + " (Enter starts a new line)");
        label.setLabelFor(text);
        dialog.getDialogPane().setContent(new VBox(6, label, text));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(b -> b == ButtonType.OK ? text.getText() : null);
        // The caret after the memo: a memo is added to more often than it is rewritten.
        Platform.runLater(() -> {
            text.requestFocus();
            text.end();
        });
        return dialog.showAndWait();
    }
}
