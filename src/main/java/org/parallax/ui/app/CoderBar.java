package org.parallax.ui.app;

import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The strip beside the menu that says, in a project made elsewhere (the sample's copy, a .qdpx import, a colleague's
 * file), the name coding here goes out under, until it is kept or changed: the status bar alone named it, and passages
 * went out under a colleague's name. A strip and not a question as the project opens, which stood in front of the
 * window a keyboard (or a script driving it) was already working in; in the menu's row, not one of its own, which took
 * the views below 37 px of their height (the ledger chart's step axis at 1400×900 among them). In a second coder's
 * copy (File → Copy for a second coder…) the name is this computer's login, which nobody chose: the strip asks for
 * the second coder's own name in a field of its own, where they had to find Edit → Switch coder… unprompted.
 */
final class CoderBar extends HBox {
    private final Button keep = new Button("Keep");
    private final TextField name = new TextField();

    CoderBar(CoderViewModel viewModel) {
        super(6);
        getStyleClass().add("coder-bar");
        setId("coderBar");
        Label message = new Label();
        message.setId("coderBarText");
        message.textProperty().bind(Bindings.createStringBinding(() -> said(viewModel),
                viewModel.notChosenHereProperty(), viewModel.secondCoderCopyOfProperty()));
        // In a narrow window (or beside a long name) the sentence gives way, whole in its tooltip; the buttons stay.
        message.setMinWidth(0);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(Bindings.createStringBinding(() -> explained(viewModel, message.getText()),
                message.textProperty()));
        message.setTooltip(whole);
        BooleanBinding copy = viewModel.secondCoderCopyOfProperty().isNotEmpty();
        keep.setId("coderBarKeep");
        keep.setOnAction(e -> viewModel.keepCoder());
        Button change = new Button("Change…");
        change.setId("coderBarChange");
        change.setOnAction(e -> viewModel.changeCoder());
        name.setId("coderBarName");
        name.setPromptText("your name");
        name.setPrefColumnCount(10);
        name.setMinWidth(Region.USE_PREF_SIZE);
        Button use = new Button("Use name");
        use.setId("coderBarUse");
        name.setOnAction(e -> viewModel.codeAs(name.getText()));
        use.setOnAction(e -> viewModel.codeAs(name.getText()));
        use.disableProperty().bind(name.textProperty().map(String::isBlank));
        for (Button button : new Button[] {keep, change, use}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        for (Node asked : new Node[] {name, use}) {
            asked.visibleProperty().bind(copy);
            asked.managedProperty().bind(copy);
        }
        for (Node offered : new Node[] {keep, change}) {
            offered.visibleProperty().bind(copy.not());
            offered.managedProperty().bind(copy.not());
        }
        getChildren().addAll(message, name, use, keep, change);
        visibleProperty().bind(viewModel.notChosenHereProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }

    private static String said(CoderViewModel viewModel) {
        String copyOf = viewModel.secondCoderCopyOfProperty().get();
        return copyOf.isEmpty() ? "Coding here is recorded as ‘" + viewModel.notChosenHereProperty().get()
                + "’, a name chosen on another computer"
                : "You are coding a second coder's copy of ‘" + copyOf + "’: your name?";
    }

    private static String explained(CoderViewModel viewModel, String said) {
        String coder = viewModel.notChosenHereProperty().get();
        return viewModel.secondCoderCopyOfProperty().get().isEmpty() ? said + ": every export writes it with the "
                + "passages and memos you code here. Keep it, or Change… to code under another name."
                : said + " Until you give it, what you code here is recorded as ‘" + coder + "’, this computer's "
                + "login, the name your layer would carry in the first coder's project after the merge.";
    }

    /** The menu and, at its right while shown, the strip: one row, as tall as the menu alone. */
    static HBox besideTheMenu(Node menu, CoderBar bar) {
        HBox row = new HBox(menu, bar);
        row.getStyleClass().add("menu-row");
        HBox.setHgrow(menu, Priority.ALWAYS);
        return row;
    }

    /** Where F6 stops in the strip while it is shown: the name field in a second coder's copy, else Keep. */
    List<Node> firstStops() {
        return List.of(name, keep);
    }
}
