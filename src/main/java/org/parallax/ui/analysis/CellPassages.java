package org.parallax.ui.analysis;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.Matrix;
import org.parallax.model.Segment;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.passages.PassageRow;
import org.parallax.ui.passages.PassageRows;

/** The passages behind one cell of a matrix, a row total (last column) or a column total (row -1), loaded in the background. */
final class CellPassages {
    private final ProjectContext context;
    private final ObservableList<PassageRow> rows = FXCollections.observableArrayList();
    private final StringProperty heading = new SimpleStringProperty("Click a cell to list its passages");

    CellPassages(ProjectContext context) {
        this.context = context;
    }

    void select(Matrix m, int row, int column) {
        int columns = m.columns().size();
        if (row >= m.rows().size() || column < 0 || column > columns) {
            return;
        }
        String where = column == columns ? MatrixRows.TOTAL : m.columns().get(column).label();
        String title = (row < 0 ? MatrixRows.TOTAL : m.rows().get(row).label()) + " × " + where;
        int fromColumn = column == columns ? 0 : column;
        int toColumn = column == columns ? columns : column + 1;
        List<Integer> matrixRows = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            // The Total row counts each passage once: its top-level rows hold every passage.
            if (row < 0 ? m.rows().get(r).parent() < 0 : r == row) {
                matrixRows.add(r);
            }
        }
        context.read(wb -> {
            Set<Long> seen = new LinkedHashSet<>();
            List<Segment> passages = new ArrayList<>();
            for (int r : matrixRows) {
                for (int c = fromColumn; c < toColumn; c++) {
                    for (Segment s : wb.analysis().passages(m, r, c)) {
                        if (seen.add(s.id())) {
                            passages.add(s);
                        }
                    }
                }
            }
            return PassageRows.load(wb, passages);
        }, loaded -> {
            heading.set(title + ": " + loaded.size() + " passage(s)");
            rows.setAll(loaded);
        });
    }

    void clear() {
        rows.clear();
        heading.set("Click a cell to list its passages");
    }

    ObservableList<PassageRow> rows() {
        return rows;
    }

    StringProperty headingProperty() {
        return heading;
    }
}
