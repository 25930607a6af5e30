package org.parallax.ui.search;

import java.util.HashSet;
import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import org.parallax.workbench.SearchHit;

/**
 * Keeps the keyword-in-context list's Hit column as wide as the widest hit it shows, at most a third of the list: the
 * hit is what each line is read for, and sharing the width with the two contexts cut a phrase to "security com…".
 * The contexts give way instead; they are cut on their far side, where the words matter least.
 */
final class HitColumnWidth {
    /** The cell's padding on both sides and a little air, so a hit that fits is never drawn with an ellipsis. */
    private static final double PADDING = 18;

    private HitColumnWidth() {
    }

    static void follow(TableView<SearchHit> table, TableColumn<SearchHit, String> hit) {
        double header = hit.getMinWidth();
        // Measured once per list of hits (each distinct hit once: a word search repeats one form), not on every
        // pixel of a resize: the list can hold thousands of lines and this runs on the JavaFX thread.
        double[] widest = {0};
        Runnable fit = () -> {
            double most = Math.max(header, table.getWidth() / 3);
            hit.setMinWidth(Math.min(most, Math.max(header, Math.ceil(widest[0] + PADDING))));
        };
        table.getItems().addListener((InvalidationListener) o -> {
            Text probe = new Text();
            probe.setFont(boldFontOf(table));
            Set<String> measured = new HashSet<>();
            double most = 0;
            for (SearchHit row : table.getItems()) {
                if (measured.add(row.hit())) {
                    probe.setText(row.hit());
                    most = Math.max(most, probe.getLayoutBounds().getWidth());
                }
            }
            widest[0] = most;
            fit.run();
        });
        table.widthProperty().addListener(o -> fit.run());
    }

    /** The list's own font (the style sheet's), bold as the Hit column draws it. */
    private static Font boldFontOf(TableView<?> table) {
        Node header = table.lookup(".column-header .label");
        Font font = header instanceof Labeled label ? label.getFont() : Font.getDefault();
        return Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
    }
}
