package org.parallax.ui.analysis;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import org.parallax.analysis.MatrixSpec;
import org.parallax.analysis.MatrixValues;
import org.parallax.analysis.SourceBalance;
import org.parallax.model.Document;
import org.parallax.model.Matrix;
import org.parallax.ui.common.ExportFlow;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.RefreshWhileShown;
import org.parallax.ui.passages.CellPassages;
import org.parallax.ui.passages.PassageRow;
import org.parallax.workbench.CutCells;
import org.parallax.workbench.Workbench;

/**
 * The matrix builder: rows, columns, measure, percentage and filter chosen by the researcher, the matrix
 * recomputed in the background after every change and every project change, its cells listing their passages.
 */
public final class AnalysisViewModel {
    private final RefreshWhileShown shown = new RefreshWhileShown(this::reread);
    private static final List<String> FIXED_COLUMNS = List.of("scenario", "actor", "type", "year", "month",
            "period", "lang", "code");

    private final ProjectContext context;
    private final ExportFlow exports;
    private final AnalysisFilter filter;
    private final ObjectProperty<MatrixRequest.RowChoice> rowChoice =
            new SimpleObjectProperty<>(MatrixRequest.RowChoice.FRAMES);
    private final StringProperty columnChoice = new SimpleStringProperty("scenario");
    private final ObjectProperty<MatrixValues.Measure> measure = new SimpleObjectProperty<>(MatrixValues.Measure.PASSAGES);
    private final ObjectProperty<MatrixValues.Percentage> percentage =
            new SimpleObjectProperty<>(MatrixValues.Percentage.NONE);
    private final ObservableList<String> columnChoices = FXCollections.observableArrayList(FIXED_COLUMNS);
    private final ObjectProperty<MatrixValues> values = new SimpleObjectProperty<>();
    private final ObservableList<String> headers = FXCollections.observableArrayList();
    private final ObservableList<MatrixRow> rows = FXCollections.observableArrayList();
    private final StringProperty problem = new SimpleStringProperty("");
    private final StringProperty balance = new SimpleStringProperty("");
    private final StringProperty layersLine = new SimpleStringProperty("");
    private final CellPassages passages;
    private final LatestRequest<MatrixRequest, Result> computation;

    public AnalysisViewModel(ProjectContext context, AnalysisFilter filter, ExportFlow exports) {
        this.context = context;
        this.exports = exports;
        this.filter = filter;
        this.passages = new CellPassages(context);
        this.computation = new LatestRequest<>(context, AnalysisViewModel::compute, this::apply);
        context.workbenchProperty().addListener((o, was, now) -> {
            // The previous project's matrix, behind another tab until this one is asked for, would be exported as
            // this project's.
            clear();
            problem.set("");
            layersLine.set("");
            balance.set("");
            refresh();
        });
        context.onEvent(e -> refresh());
        rowChoice.addListener((o, was, now) -> refresh());
        columnChoice.addListener((o, was, now) -> refresh());
        measure.addListener((o, was, now) -> refresh());
        percentage.addListener((o, was, now) -> refresh());
        for (var dependency : filter.dependencies()) {
            dependency.addListener(o -> refresh());
        }
    }

    /** Recomputes in the background now if the tab is in front, else when it comes to the front. */
    public void refresh() {
        shown.request();
    }

    /** Whether the view's tab is in front: behind others it does not read the project on every change. */
    public BooleanProperty shownProperty() {
        return shown.shownProperty();
    }

    private void reread() {
        if (columnChoice.get() == null || rowChoice.get() == null || measure.get() == null
                || percentage.get() == null) {
            return;
        }
        computation.submit(new MatrixRequest(rowChoice.get(), columnChoice.get(), measure.get(), percentage.get(),
                filter.choice()));
    }

    /** Everything a request yields; {@code problem} is set instead of the values when the request makes no sense. */
    private record Result(MatrixRequest request, MatrixValues values, List<SourceBalance.Cell> warnings,
                          List<String> attributes, AnalysisFilter.Offered coders, List<String> actors, String counting,
                          String problem) {
        /** Raw passage counts show their documents too, as `tally` prints them. */
        boolean withDocuments() {
            return request.measure() == MatrixValues.Measure.PASSAGES
                    && request.percentage() == MatrixValues.Percentage.NONE;
        }
    }

    private static Result compute(Workbench wb, MatrixRequest request) {
        TreeSet<String> attributes = new TreeSet<>();
        wb.documents().list().stream().map(Document::meta).forEach(m -> attributes.addAll(m.attributes().keySet()));
        List<String> attributeColumns = attributes.stream().map(a -> "attr:" + a).toList();
        AnalysisFilter.Offered coders = AnalysisFilter.Offered.in(wb);
        List<String> actors = wb.documents().list().stream().map(d -> d.meta().actor())
                .filter(a -> a != null && !a.isBlank()).map(String::strip).distinct().sorted().toList();
        try {
            if (MatrixSpec.ColumnKind.parse(request.columns()) == MatrixSpec.ColumnKind.PERIOD
                    && wb.analysis().periods().isEmpty()) {
                return new Result(request, null, List.of(), attributeColumns, coders, actors, "",
                        TimelineViewModel.NO_EVENTS);
            }
            MatrixSpec spec = request.spec(wb);
            MatrixValues values = MatrixValues.of(wb.analysis().matrix(spec), request.measure(),
                    request.percentage());
            Matrix table1 = wb.analysis().matrix(MatrixSpec.table1().withFilter(spec.filter()));
            return new Result(request, values, SourceBalanceText.warnings(wb.analysis().sourceBalance(table1,
                    SourceBalance.DEFAULT_THRESHOLD), table1), attributeColumns, coders, actors,
                    wb.analysis().layers(spec.filter()).sentence(), null);
        } catch (IllegalArgumentException e) {
            return new Result(request, null, List.of(), attributeColumns, coders, actors, "", e.getMessage());
        }
    }

    private void apply(Result result) {
        List<String> choices = new ArrayList<>(FIXED_COLUMNS);
        choices.addAll(result.attributes());
        if (!choices.equals(columnChoices)) {
            columnChoices.setAll(choices);
        }
        filter.setCoders(result.coders());
        filter.setActors(result.actors());
        problem.set(result.problem() == null ? "" : result.problem());
        layersLine.set(result.counting());
        balance.set(SourceBalanceText.of(result.warnings()));
        if (result.values() == null) {
            // A refused request shows no numbers: the previous matrix, its cell's passages and its exports would
            // answer a question the researcher no longer asks.
            clear();
            return;
        }
        values.set(result.values());
        List<String> labels = new ArrayList<>();
        result.values().matrix().columns().forEach(c -> labels.add(c.label()));
        labels.add(MatrixRows.TOTAL);
        if (!labels.equals(headers)) {
            headers.setAll(labels);
        }
        rows.setAll(MatrixRows.of(result.values(), result.withDocuments()));
        passages.follow(result.values().matrix());
    }

    private void clear() {
        values.set(null);
        headers.clear();
        rows.clear();
        passages.clear();
    }

    /** Lists the passages of a shown cell; the last column is the row total, the last row the column totals. */
    public void selectCell(int shownRow, int column) {
        MatrixValues current = values.get();
        if (current != null && shownRow >= 0 && shownRow < rows.size()) {
            passages.select(current.matrix(), rows.get(shownRow).index(), column);
        }
    }

    /** Saves what {@code view} shows as a PNG image, written in the background through the export flow. */
    public void exportPng(Node view, Path out) {
        if (values.get() == null) {
            return;
        }
        Snapshots.savePng(view, out, exports, "Matrix image");
    }

    /** Writes the table as shown (labels, numbers, totals) as CSV in the background. */
    public void exportCsv(Path out) {
        export(out, false);
    }

    /**
     * Writes the table as shown as an Excel sheet, numbers as numbers, in the background; a label longer than
     * Excel's cell limit is cut and said so.
     */
    public void exportXlsx(Path out) {
        export(out, true);
    }

    private void export(Path out, boolean xlsx) {
        if (values.get() == null) {
            return;
        }
        List<List<String>> table = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of(""));
        header.addAll(headers);
        for (MatrixRow row : rows) {
            List<String> record = new ArrayList<>(List.of(row.label()));
            row.values().forEach(v -> record.add(CellText.of(v, -1)));
            table.add(record);
        }
        exports.write("Matrix", out, wb -> {
            if (xlsx) {
                return CutCells.lines(wb.exports().tableXlsx("Matrix", header, table, out));
            }
            wb.exports().tableCsv(header, table, out);
            return List.of();
        });
    }

    /** Saves the heat map of the values shown as an SVG vector file in the background. */
    public void exportSvg(Path out) {
        MatrixValues current = values.get();
        if (current == null) {
            return;
        }
        exports.write("Heat map", out, wb -> {
            wb.charts().write(wb.charts().heatMap(current), out);
            return List.of();
        });
    }

    public AnalysisFilter filter() {
        return filter;
    }

    public ObjectProperty<MatrixRequest.RowChoice> rowChoiceProperty() {
        return rowChoice;
    }

    public StringProperty columnChoiceProperty() {
        return columnChoice;
    }

    public ObjectProperty<MatrixValues.Measure> measureProperty() {
        return measure;
    }

    public ObjectProperty<MatrixValues.Percentage> percentageProperty() {
        return percentage;
    }

    public ObservableList<String> columnChoices() {
        return columnChoices;
    }

    public ObjectProperty<MatrixValues> valuesProperty() {
        return values;
    }

    public ObservableList<String> headers() {
        return headers;
    }

    public ObservableList<MatrixRow> rows() {
        return rows;
    }

    /** Why the request shows no numbers (e.g. a percentage of a rate), or empty. */
    public StringProperty problemProperty() {
        return problem;
    }

    /** One line naming the layers the matrix counts when the project has more than one (as Table 1's), else empty. */
    public StringProperty layersLineProperty() {
        return layersLine;
    }

    /** The source-balance warning for Table 1 under the current filter, or empty. */
    public StringProperty balanceProperty() {
        return balance;
    }

    public ObservableList<PassageRow> cellPassages() {
        return passages.rows();
    }

    /** The chosen cell's passages, listed beside the table. */
    public CellPassages cell() {
        return passages;
    }

    public StringProperty cellHeadingProperty() {
        return passages.headingProperty();
    }
}
