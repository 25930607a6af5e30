package org.parallax.ui.passages;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Copy (Ctrl+C) and Copy all for a list of passages: their quotes, whole and with their sources, put on the clipboard
 * once read (see {@link PassageQuotes}).
 */
final class CopyQuotes {
    private static final KeyCombination COPY = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN);
    private final BiConsumer<List<PassageRow>, Consumer<String>> quoter;
    private final ObservableList<PassageRow> chosen;
    private final ObservableList<PassageRow> all;

    /** {@code quoter} reads the quotes of the rows given and hands them on; {@code chosen} are the selected rows. */
    CopyQuotes(BiConsumer<List<PassageRow>, Consumer<String>> quoter, ObservableList<PassageRow> chosen,
               ObservableList<PassageRow> all) {
        this.quoter = quoter;
        this.chosen = chosen;
        this.all = all;
    }

    /** Ctrl+C (Cmd+C on a Mac) in {@code list} copies the chosen passages. */
    void keys(Control list) {
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (COPY.match(e)) {
                e.consume();
                copy(chosen);
            }
        });
    }

    List<MenuItem> items() {
        MenuItem copy = new MenuItem("Copy");
        copy.setAccelerator(COPY);
        copy.setOnAction(e -> copy(chosen));
        copy.disableProperty().bind(Bindings.isEmpty(chosen));
        MenuItem copyAll = new MenuItem("Copy all");
        copyAll.setOnAction(e -> copy(all));
        copyAll.disableProperty().bind(Bindings.isEmpty(all));
        return List.of(copy, copyAll);
    }

    private void copy(List<PassageRow> rows) {
        quoter.accept(List.copyOf(rows), quotes -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(quotes);
            Clipboard.getSystemClipboard().setContent(content);
        });
    }
}
