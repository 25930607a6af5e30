package org.parallax.ui.app;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.parallax.ui.common.MenuText;

/** The keyboard shortcuts, read from the menus themselves so the list cannot drift from what the keys do. */
final class KeyboardShortcuts {
    /**
     * Keys that work outside the menus (MainWindow, the panes' headings, the codebook tree, the document view): a
     * keyboard user finds them nowhere else.
     */
    static final List<String> GESTURES = List.of(
            "1 – 9\tCode the selection with the code that has this key",
            "Shortcut+Y\tRedo",
            "Alt+letter\tOpen a menu by its underlined letter",
            "Letter or digit\tIn an open menu: choose the item whose underlined character it is (File → Recent "
                    + "projects: 1 – 9)",
            "Alt+D\tGo to the documents list",
            "Alt+B\tGo to the codebook",
            "F6\tGo to the next pane: documents list, text, tabs, codebook, status bar (Shift+F6: the one before)",
            "Shift+F10 or Menu key\tOpen the context menu: in the text at the caret, in a list, table or tree at the "
                    + "focused row (arrows, Enter to choose, Escape to close)",
            "Enter\tIn the codebook: code the selection with the selected code",
            "F2\tIn the codebook: rename the selected code",
            "Delete\tIn the codebook: delete the selected code (asks first)",
            "Enter\tIn a list of passages, the Memos tab, the evidence table or Practice: open the selected row, as a "
                    + "double-click does",
            "Down\tIn the Search tab's query box: go to the hits (the arrows open each, 1 – 9 code the one open)",
            "Escape\tIn the Search tab: back to where Ctrl+F was pressed",
            "Arrows\tIn Table 1: choose a cell; its passages are listed beside it (Tab to them, Enter opens one)",
            "Arrows\tOn the Timeline's chart: choose a bar (Home, End: the first, last period); its passages are "
                    + "listed beside it (Enter goes to them, Enter there opens one)",
            "Arrows\tOn the Process tracing ledger: choose a step (Home: the priors, End: the last item) and read its "
                    + "posteriors; Enter opens the item's passage",
            "Tab, Space\tThe coder's name in the status bar: code under another name",
            "A or Enter\tIn the text, on an assistant's suggestion: accept it",
            "R\tIn the text, on an assistant's suggestion: reject it",
            "N or Tab\tIn the text, on an assistant's suggestion: go to the next one");

    private KeyboardShortcuts() {
    }

    static String describe(MenuBar bar) {
        List<String> lines = new ArrayList<>();
        for (Menu menu : bar.getMenus()) {
            collect(menu, plain(menu), lines);
        }
        lines.addAll(GESTURES);
        return String.join("\n", lines);
    }

    private static void collect(Menu menu, String path, List<String> lines) {
        for (MenuItem item : menu.getItems()) {
            if (item instanceof Menu sub) {
                collect(sub, path + " → " + plain(sub), lines);
            } else if (item.getAccelerator() != null) {
                lines.add(item.getAccelerator().getDisplayText() + "\t" + path + " → " + plain(item));
            }
        }
    }

    /** A menu's text as it shows, without its trailing ellipsis. */
    private static String plain(MenuItem item) {
        return MenuText.shown(item).replace("…", "");
    }
}
