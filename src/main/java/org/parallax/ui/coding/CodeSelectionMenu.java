package org.parallax.ui.coding;

import java.util.List;
import java.util.function.LongConsumer;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;

/**
 * The text menu's "Code selection as": a submenu per frame, then the codes in no frame and the scenarios, as the
 * codebook lists them. A researcher who right-clicks a selection to code it found only "Use selection as evidence…".
 */
final class CodeSelectionMenu {
    static final String TEXT = "Code selection as";

    private CodeSelectionMenu() {
    }

    /** Empty when the codebook has no code to offer. */
    static List<Menu> of(Codebook book, LongConsumer coder) {
        Menu menu = new Menu(TEXT);
        menu.setId("codeSelectionAs");
        for (Frame frame : book.frames()) {
            add(menu, frame.name(), book.codesOf(frame), coder);
        }
        add(menu, "Other codes", book.codes().stream().filter(c -> c.frameId() == null && !c.isScenarioCode())
                .toList(), coder);
        add(menu, "Scenarios", book.codes().stream().filter(Code::isScenarioCode).toList(), coder);
        return menu.getItems().isEmpty() ? List.of() : List.of(menu);
    }

    private static void add(Menu menu, String heading, List<Code> codes, LongConsumer coder) {
        if (codes.isEmpty()) {
            return;
        }
        Menu group = new Menu(heading);
        for (Code code : codes) {
            // "(1)" alone read as a count of passages beside the codebook's counts; it is the coding key.
            MenuItem item = new MenuItem(code.shortcut() == 0 ? code.name()
                    : code.name() + " (key " + code.shortcut() + ")");
            item.setMnemonicParsing(false);
            item.setOnAction(e -> coder.accept(code.id()));
            group.getItems().add(item);
        }
        group.setMnemonicParsing(false);
        menu.getItems().add(group);
    }
}
