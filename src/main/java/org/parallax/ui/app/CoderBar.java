package org.parallax.ui.app;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The strip beside the menu that says, in a project made elsewhere (the sample's copy, a .qdpx import, a colleague's
 * file), the name coding here goes out under, until it is kept or changed: the status bar alone named it, and passages
 * went out under a colleague's name. A strip and not a question as the project opens, which stood in front of the
 * window a keyboard (or a script driving it) was already working in; in the menu's row, not one of its own, which took
 * the views below 37 px of their height (the ledger chart's step axis at 1400×900 among them).
 */
final class CoderBar extends HBox {
    private final Button keep = new Button("Keep");

    CoderBar(CoderViewModel viewModel) {
        super(6);
        getStyleClass().add("coder-bar");
        setId("coderBar");
        Label message = new Label();
        message.setId("coderBarText");
        message.textProperty().bind(viewModel.notChosenHereProperty().map(name -> "Coding here is recorded as ‘"
                + name + "’, a name chosen on another computer"));
        // In a narrow window (or beside a long name) the sentence gives way, whole in its tooltip; the buttons stay.
        message.setMinWidth(0);
        Tooltip whole = new Tooltip();
        whole.textProperty().bind(message.textProperty().map(said -> said + ": every export writes it with the "
                + "passages and memos you code here. Keep it, or Change… to code under another name."));
        message.setTooltip(whole);
        keep.setId("coderBarKeep");
        keep.setOnAction(e -> viewModel.keepCoder());
        Button change = new Button("Change…");
        change.setId("coderBarChange");
        change.setOnAction(e -> viewModel.changeCoder());
        for (Button button : new Button[] {keep, change}) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        getChildren().addAll(message, keep, change);
        visibleProperty().bind(viewModel.notChosenHereProperty().isNotEmpty());
        managedProperty().bind(visibleProperty());
    }

    /** The menu and, at its right while shown, the strip: one row, as tall as the menu alone. */
    static HBox besideTheMenu(Node menu, CoderBar bar) {
        HBox row = new HBox(menu, bar);
        row.getStyleClass().add("menu-row");
        HBox.setHgrow(menu, Priority.ALWAYS);
        return row;
    }

    /** Where F6 stops in the strip while it is shown. */
    Button keepButton() {
        return keep;
    }
}
