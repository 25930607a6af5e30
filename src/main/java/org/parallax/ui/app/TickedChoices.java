package org.parallax.ui.app;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * A dialog of options to tick, none ticked at first, whose confirming button stays greyed until one is: a quick
 * Enter chooses nothing the user did not choose.
 */
final class TickedChoices {
    private static final double WIDTH = 520;

    private TickedChoices() {
    }

    static <T> Optional<List<T>> ask(Window owner, String title, String prompt, List<T> options, String action) {
        Dialog<List<T>> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        ButtonType confirm = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(confirm, ButtonType.CANCEL);
        Label question = new Label(prompt);
        question.setWrapText(true);
        question.setMaxWidth(WIDTH);
        List<CheckBox> boxes = options.stream().map(o -> {
            CheckBox box = new CheckBox(o.toString());
            // An attribute's name such as modified_time is shown as written, not read as a keyboard mnemonic.
            box.setMnemonicParsing(false);
            box.setWrapText(true);
            box.setMaxWidth(WIDTH);
            return box;
        }).toList();
        VBox content = new VBox(8, question);
        content.getChildren().addAll(boxes);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().lookupButton(confirm).disableProperty().bind(Bindings.createBooleanBinding(
                () -> boxes.stream().noneMatch(CheckBox::isSelected),
                boxes.stream().map(CheckBox::selectedProperty).toArray(Observable[]::new)));
        dialog.setResultConverter(button -> button != confirm ? null
                : IntStream.range(0, boxes.size()).filter(i -> boxes.get(i).isSelected()).mapToObj(options::get)
                .toList());
        return dialog.showAndWait();
    }
}
