package org.parallax.ui.common;

import java.util.Optional;
import javafx.scene.control.MenuItem;

/**
 * Menu items whose text holds a name a researcher chose (a code, a project's path, an undo step naming a code). With
 * JavaFX's mnemonic parsing "Elite_cohesion" showed as "Elitecohesion", its "_" taken for the mark of a mnemonic, and
 * "__" is no escape once a label has its own mark ("_2 my__projects" shows both underscores); so such an item shows
 * its text as it is and keeps its key, if it has one, beside the text ({@link MenuMnemonicKeys} answers it).
 */
public final class MenuText {
    private static final String KEY = MenuText.class.getName();

    private MenuText() {
    }

    /** {@code item}, whose text is or holds a name, with no mnemonic: its text shows as it is, underscores too. */
    public static <T extends MenuItem> T plain(T item) {
        item.setMnemonicParsing(false);
        return item;
    }

    /** {@code item} showing its text as it is, chosen in an open menu by {@code key} (a letter or digit). */
    public static <T extends MenuItem> T keyed(T item, char key) {
        plain(item).getProperties().put(KEY, Character.toUpperCase(key));
        return item;
    }

    /**
     * The label of a File → Recent projects entry, as other programs number them: its place in the list (1 to 9, the
     * key that opens it) before the path.
     */
    public static MenuItem numbered(int place, String path) {
        return place <= 9 ? keyed(new MenuItem(place + " " + path), Character.forDigit(place, 10))
                : plain(new MenuItem(path));
    }

    /** The text {@code item} shows: with mnemonic parsing, without the mnemonic's mark. */
    public static String shown(MenuItem item) {
        String text = item.getText() == null ? "" : item.getText();
        return item.isMnemonicParsing() ? text.replaceFirst("_", "") : text;
    }

    /** The key of {@code item} in an open menu, upper case: the one given, or the letter after its text's "_". */
    public static Optional<Character> mnemonic(MenuItem item) {
        if (item.getProperties().get(KEY) instanceof Character key) {
            return Optional.of(key);
        }
        String text = item.getText();
        int mark = text == null || !item.isMnemonicParsing() ? -1 : text.indexOf('_');
        return mark < 0 || mark + 1 >= text.length() ? Optional.empty()
                : Optional.of(Character.toUpperCase(text.charAt(mark + 1)));
    }
}
