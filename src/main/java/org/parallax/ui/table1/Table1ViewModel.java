package org.parallax.ui.table1;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.analysis.ExpectationOverlay;
import org.parallax.analysis.MatrixSpec;
import org.parallax.model.Matrix;
import org.parallax.ui.analysis.AnalysisFilter;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.passages.PassageRow;
import org.parallax.ui.passages.CellPassages;
import org.parallax.workbench.CountedLayers;
import org.parallax.workbench.Workbench;

/** The live Table 1: frames and indicators by scenario, recomputed off the UI thread after each change. */
public final class Table1ViewModel {
    public static final String TOTAL = "Total";

    private final ProjectContext context;
    private final ObjectProperty<Matrix> matrix = new SimpleObjectProperty<>();
    private final ObjectProperty<ExpectationOverlay> overlay = new SimpleObjectProperty<>();
    private final BooleanProperty showExpectations = new SimpleBooleanProperty(false);
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<Table1Row> rows = FXCollections.observableArrayList();
    private final CellPassages cellPassages;

    /** Whose layers count: the Analysis tab's coder chooser, with its own choice (dates and actor stay unset). */
    private final AnalysisFilter layers = new AnalysisFilter();
    /** The choice as last made on the UI thread, read by the background computation. */
    private volatile AnalysisFilter.Choice chosen = layers.choice();
    private final StringProperty layersLine = new SimpleStringProperty("");

    private final Runnable reload;

    public Table1ViewModel(ProjectContext context) {
        this.context = context;
        this.cellPassages = new CellPassages(context);
        this.reload = context.coalesced(wb -> compute(wb, chosen), this::apply);
        layers.coderProperty().addListener((o, was, now) -> {
            chosen = layers.choice();
            refresh();
        });
        context.workbenchProperty().addListener((o, was, now) -> {
            // Until this project's Table 1 is computed, the previous one's would be shown as this project's.
            matrix.set(null);
            overlay.set(null);
            columns.clear();
            rows.clear();
            cellPassages.clear();
            layersLine.set("");
            refresh();
        });
        context.onEvent(e -> refresh());
    }

    public void refresh() {
        reload.run();
    }

    /**
     * Table 1 over the chosen layers and how its cells meet the codebook's expectations, computed together in the
     * background, with the layers it counts and the coders to choose from.
     */
    private record Computed(Matrix matrix, ExpectationOverlay overlay, CountedLayers layers,
                            AnalysisFilter.Offered coders) {
    }

    private static Computed compute(Workbench wb, AnalysisFilter.Choice choice) {
        AnalysisFilter.Offered coders = AnalysisFilter.Offered.in(wb);
        AnalysisFilter.Choice known = coders.names().contains(choice.coder()) ? choice
                : new AnalysisFilter.Choice(null, null, AnalysisFilter.ALL_CODERS, null);
        MatrixSpec.Filter filter = known.toFilter(wb);
        Matrix m = wb.analysis().matrix(MatrixSpec.table1().withFilter(filter));
        return new Computed(m, wb.analysis().expectations(m), wb.analysis().layers(filter), coders);
    }

    private void apply(Computed computed) {
        layers.setCoders(computed.coders());
        layersLine.set(computed.layers().sentence());
        Matrix m = computed.matrix();
        overlay.set(computed.overlay());
        matrix.set(m);
        List<String> labels = new ArrayList<>();
        m.columns().forEach(c -> labels.add(c.label()));
        labels.add(TOTAL);
        if (!labels.equals(columns)) {
            columns.setAll(labels);
        }
        List<Table1Row> built = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            Matrix.Row row = m.rows().get(r);
            List<String> cells = new ArrayList<>();
            for (int c = 0; c < m.columns().size(); c++) {
                cells.add(format(m.cell(r, c)));
            }
            cells.add(format(m.rowTotal(r)));
            built.add(new Table1Row(r, row.label(), row.kind() == Matrix.RowKind.FRAME, row.depth(), cells));
        }
        rows.setAll(built);
        cellPassages.follow(m);
    }

    static String format(Matrix.Tally tally) {
        return tally.segments() == 0 ? "–" : tally.segments() + " (" + tally.documents() + ")";
    }

    /** Lists the passages of a cell; the column after the last scenario is the row total. */
    public void selectCell(int row, int column) {
        Matrix m = matrix.get();
        if (m != null && row >= 0) {
            cellPassages.select(m, row, column);
        }
    }

    /** The tally of a cell of the current matrix, for checks and the status bar. */
    public Matrix.Tally cell(String rowLabel, String columnLabel) {
        Matrix m = matrix.get();
        for (int r = 0; r < m.rows().size(); r++) {
            for (int c = 0; c < m.columns().size(); c++) {
                if (m.rows().get(r).label().equals(rowLabel) && m.columns().get(c).label().equals(columnLabel)) {
                    return m.cell(r, c);
                }
            }
        }
        throw new IllegalArgumentException("No cell " + rowLabel + " × " + columnLabel);
    }

    /**
     * How a shown cell meets the frame's expectation (see docs/analysis.md); the Total column, and every
     * cell before the first computation, is neutral.
     */
    public ExpectationOverlay.Status status(int row, int column) {
        ExpectationOverlay current = overlay.get();
        Matrix m = matrix.get();
        if (current == null || m == null || row < 0 || row >= m.rows().size() || column < 0
                || column >= m.columns().size()) {
            return ExpectationOverlay.Status.NEUTRAL;
        }
        return current.status(row, column);
    }

    /** Whether the view colours cells by expectation. */
    public BooleanProperty showExpectationsProperty() {
        return showExpectations;
    }

    public ObjectProperty<ExpectationOverlay> overlayProperty() {
        return overlay;
    }

    /** The coder chooser's state: "All coders" (the default layers, ADR 0019) or one coder's layer. */
    public AnalysisFilter layers() {
        return layers;
    }

    /** One line naming the layers counted when the project has more than one, else empty. */
    public StringProperty layersLineProperty() {
        return layersLine;
    }

    public ObjectProperty<Matrix> matrixProperty() {
        return matrix;
    }

    public ObservableList<String> columns() {
        return columns;
    }

    public ObservableList<Table1Row> rows() {
        return rows;
    }

    public ObservableList<PassageRow> cellPassages() {
        return cellPassages.rows();
    }

    /** The chosen cell's passages, listed beside the table. */
    public CellPassages cell() {
        return cellPassages;
    }

    public StringProperty cellHeadingProperty() {
        return cellPassages.headingProperty();
    }
}
