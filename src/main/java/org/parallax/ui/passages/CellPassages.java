package org.parallax.ui.passages;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.model.Counted;
import org.parallax.model.Matrix;
import org.parallax.model.Segment;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.Workbench;

/**
 * The passages behind one cell of a matrix, a row total (last column) or a column total (row -1), loaded in
 * the background. The chosen cell is remembered by its row's frame or code and its column's label, so when
 * the matrix is recomputed after a change the list is reloaded from the new one and never shows stale passages.
 */
public final class CellPassages {
    private static final String TOTAL = "Total";
    private static final String PROMPT = "Click a cell to list its passages";

    private final ProjectContext context;
    private final String prompt;
    private final ObservableList<PassageRow> rows = FXCollections.observableArrayList();
    private final StringProperty heading;
    private Chosen chosen;
    private Listed listed;

    public CellPassages(ProjectContext context) {
        this(context, PROMPT);
    }

    /**
     * {@code prompt} is the heading while no cell is chosen; blank where the view says what to do above the list in
     * its own words (the Timeline's bars), so the list does not add a second prompt about cells.
     */
    public CellPassages(ProjectContext context, String prompt) {
        this.context = context;
        this.prompt = prompt;
        this.heading = new SimpleStringProperty(prompt);
    }

    /** Which cell is listed: a row by kind and id (null for the Total row), a column by label (null for Total). */
    private record Chosen(Matrix.RowKind kind, Long id, String rowLabel, String column) {
    }

    /** Passages listed for a count that is no matrix cell (a code's frequency, a pair of codes), read by {@code read}. */
    private record Listed(String title, Function<Workbench, List<Segment>> read) {
    }

    /**
     * Lists the passages behind a count that is no cell of a matrix (the Codes tab's frequencies and pairs), under
     * "{@code title}: N passages in M documents"; {@link #again} reads them anew after the count is recomputed.
     */
    public void list(String title, Function<Workbench, List<Segment>> read) {
        chosen = null;
        listed = new Listed(title, read);
        show(title, read);
    }

    /** Reads the passages of {@link #list} anew (after a change), so the list never shows stale passages. */
    public void again() {
        if (listed != null) {
            show(listed.title(), listed.read());
        }
    }

    public void select(Matrix m, int row, int column) {
        int columns = m.columns().size();
        if (row >= m.rows().size() || column < 0 || column > columns) {
            return;
        }
        listed = null;
        Matrix.Row r = row < 0 ? null : m.rows().get(row);
        chosen = new Chosen(r == null ? null : r.kind(), r == null ? null : r.id(),
                r == null ? TOTAL : r.label(), column == columns ? null : m.columns().get(column).label());
        load(m, row, column);
    }

    /**
     * A cell the matrix has no column for (a year no document is dated in, shown on a timeline between years that
     * have passages): it lists nothing and says so.
     */
    public void none(String title) {
        chosen = null;
        listed = null;
        rows.clear();
        heading.set(title + ": " + Counted.of(0, "passage"));
    }

    /** Reloads the chosen cell's passages from a recomputed matrix, or says the cell is gone. */
    public void follow(Matrix m) {
        if (chosen == null) {
            return;
        }
        int row = -1;
        if (chosen.id() != null) {
            row = indexOfRow(m);
            if (row < 0) {
                gone();
                return;
            }
        }
        int column = m.columns().size();
        if (chosen.column() != null) {
            column = m.columns().stream().map(Matrix.Column::label).toList().indexOf(chosen.column());
            if (column < 0) {
                gone();
                return;
            }
        }
        load(m, row, column);
    }

    private int indexOfRow(Matrix m) {
        for (int r = 0; r < m.rows().size(); r++) {
            Matrix.Row candidate = m.rows().get(r);
            if (candidate.kind() == chosen.kind() && Objects.equals(candidate.id(), chosen.id())) {
                return r;
            }
        }
        return -1;
    }

    private void gone() {
        heading.set(chosen.rowLabel() + " × " + (chosen.column() == null ? TOTAL : chosen.column())
                + " is no longer in the table");
        rows.clear();
        chosen = null;
    }

    private void load(Matrix m, int row, int column) {
        int columns = m.columns().size();
        String where = column == columns ? TOTAL : m.columns().get(column).label();
        String title = (row < 0 ? TOTAL : m.rows().get(row).label()) + " × " + where;
        int fromColumn = column == columns ? 0 : column;
        int toColumn = column == columns ? columns : column + 1;
        List<Integer> matrixRows = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            // The Total row counts each passage once: its top-level rows hold every passage.
            if (row < 0 ? m.rows().get(r).parent() < 0 : r == row) {
                matrixRows.add(r);
            }
        }
        show(title, wb -> {
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
            return passages;
        });
    }

    private void show(String title, Function<Workbench, List<Segment>> read) {
        context.read(wb -> PassageRows.load(wb, read.apply(wb)), loaded -> {
            heading.set(title + ": " + count(loaded));
            rows.setAll(loaded);
        });
    }

    /**
     * "17 passages in 3 documents": a cell may count documents (Table 1's brackets, the Analysis tab's measure
     * documents), so the list under it says both, not passages alone.
     */
    private static String count(List<PassageRow> loaded) {
        long documents = loaded.stream().mapToLong(r -> r.segment().documentId()).distinct().count();
        return Counted.of(loaded.size(), "passage") + (loaded.isEmpty() ? "" : " in " + Counted.of(documents,
                "document"));
    }

    /** The passages' quotes, whole and with their sources, read in the background (see {@link PassageQuotes}). */
    public void quote(List<PassageRow> chosen, Consumer<String> quotes) {
        PassageQuotes.copy(context, chosen, quotes);
    }

    public void clear() {
        chosen = null;
        listed = null;
        rows.clear();
        heading.set(prompt);
    }

    public ObservableList<PassageRow> rows() {
        return rows;
    }

    public StringProperty headingProperty() {
        return heading;
    }
}
