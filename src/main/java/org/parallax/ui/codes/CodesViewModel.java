package org.parallax.ui.codes;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.analysis.CoOccurrence;
import org.parallax.analysis.MatrixSpec;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.Workbench;

/**
 * Code frequencies and co-occurring pairs of codes (by overlap or by paragraph), recomputed in the
 * background after every project change and whenever the mode changes.
 */
public final class CodesViewModel {
    private final ProjectContext context;
    private final ObjectProperty<CoOccurrence.Mode> mode = new SimpleObjectProperty<>(CoOccurrence.Mode.OVERLAP);
    private final ObservableList<CodeTables.FrequencyRow> frequencies = FXCollections.observableArrayList();
    private final ObservableList<CodeTables.PairRow> pairs = FXCollections.observableArrayList();
    private final Runnable refresh;
    private volatile CoOccurrence.Mode requested = CoOccurrence.Mode.OVERLAP;

    public CodesViewModel(ProjectContext context) {
        this.context = context;
        // A refresh still queued when the mode changes serves the new mode too: it reads it when it starts.
        this.refresh = context.coalesced(this::compute, this::show);
        context.workbenchProperty().addListener((o, was, now) -> {
            frequencies.clear();
            pairs.clear();
            refresh();
        });
        context.onEvent(e -> refresh());
        mode.addListener((o, was, now) -> refresh());
        refresh();
    }

    public void refresh() {
        if (mode.get() != null) {
            requested = mode.get();
            refresh.run();
        }
    }

    private CodeTables compute(Workbench wb) {
        CoOccurrence.Mode chosen = requested;
        return new CodeTables(CodeTables.frequencies(wb.analysis().codebook(), wb.analysis().frequencies()),
                CodeTables.pairs(cooccurrence(wb, chosen)));
    }

    /** In blind mode only the active coder's passages count, as in every other panel. */
    private static CoOccurrence cooccurrence(Workbench wb, CoOccurrence.Mode chosen) {
        MatrixSpec.Filter filter = wb.blindMode()
                ? MatrixSpec.Filter.NONE.withCoders(Set.of(wb.activeCoder().id())) : MatrixSpec.Filter.NONE;
        return wb.analysis().cooccurrence(chosen, List.of(), filter);
    }

    private void show(CodeTables tables) {
        frequencies.setAll(tables.frequencies());
        pairs.setAll(tables.pairs());
    }

    /** Writes the frequency table as CSV with the columns shown. */
    public void exportFrequencies(Path out, Runnable done) {
        List<List<String>> rows = frequencies.stream().map(CodeTables.FrequencyRow::cells).toList();
        export(CodeTables.FREQUENCY_HEADER, rows, out, done);
    }

    /** Writes the co-occurrence table as CSV with the columns shown. */
    public void exportPairs(Path out, Runnable done) {
        List<List<String>> rows = pairs.stream().map(CodeTables.PairRow::cells).toList();
        export(CodeTables.PAIR_HEADER, rows, out, done);
    }

    /** Draws the co-occurrence counts of the current mode as an SVG heat map in the background. */
    public void exportPairsSvg(Path out, Runnable done) {
        CoOccurrence.Mode current = mode.get();
        context.act(wb -> {
            wb.charts().write(wb.charts().cooccurrence(cooccurrence(wb, current)), out);
            return out;
        }, path -> done.run());
    }

    /** Writes a table as shown: an Excel sheet for a name ending in .xlsx, CSV otherwise. */
    private void export(List<String> header, List<List<String>> rows, Path out, Runnable done) {
        boolean xlsx = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
        context.act(wb -> {
            if (xlsx) {
                wb.exports().tableXlsx(header.equals(CodeTables.PAIR_HEADER) ? "Co-occurrence" : "Codes", header,
                        rows, out);
            } else {
                wb.exports().tableCsv(header, rows, out);
            }
            return out;
        }, path -> done.run());
    }

    public ObjectProperty<CoOccurrence.Mode> modeProperty() {
        return mode;
    }

    public ObservableList<CodeTables.FrequencyRow> frequencies() {
        return frequencies;
    }

    public ObservableList<CodeTables.PairRow> pairs() {
        return pairs;
    }
}
