package org.parallax.ui.documents;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The documents list's order: the one it was last sorted in (by a column header the researcher clicked, else the
 * project's date order), kept while the rows change. The list reloads after every save, and a document saved with a
 * new date, or coded while the list is sorted by its passages, moved to another row under the mouse; it keeps its
 * row until the researcher sorts again. A document new to the list (an import) sorts the list anew.
 */
final class KeptOrder {
    private final Map<Long, Integer> places = new HashMap<>();
    private final ObjectProperty<Comparator<DocumentRow>> comparator = new SimpleObjectProperty<>();

    /** The order to show the rows in; a new comparator each time the list is sorted, so that it sorts. */
    ReadOnlyObjectProperty<Comparator<DocumentRow>> comparatorProperty() {
        return comparator;
    }

    /** Sorts anew: each row takes its place by {@code by}, or as the project lists them when {@code by} is null. */
    void sort(List<DocumentRow> rows, Comparator<DocumentRow> by) {
        List<DocumentRow> order = by == null ? rows : rows.stream().sorted(by).toList();
        places.clear();
        for (int i = 0; i < order.size(); i++) {
            places.put(order.get(i).id(), i);
        }
        comparator.set(Comparator.comparingInt(r -> places.getOrDefault(r.id(), Integer.MAX_VALUE)));
    }

    /**
     * After the rows changed: those listed before keep their places; a row new to the list sorts it anew, and an empty
     * list (another project opening) forgets the places.
     */
    void changed(List<DocumentRow> rows, Comparator<DocumentRow> by) {
        if (rows.isEmpty()) {
            places.clear();
        } else if (rows.stream().anyMatch(r -> !places.containsKey(r.id()))) {
            sort(rows, by);
        }
    }
}
