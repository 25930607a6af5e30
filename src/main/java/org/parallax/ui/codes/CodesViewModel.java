package org.parallax.ui.codes;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.parallax.analysis.CoOccurrence;
import org.parallax.analysis.MatrixSpec;
import org.parallax.model.Code;
import org.parallax.model.Counted;
import org.parallax.ui.common.ExportFlow;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.passages.CellPassages;
import org.parallax.workbench.CutCells;
import org.parallax.workbench.Workbench;

/**
 * Code frequencies and co-occurring pairs of codes (by overlap or by paragraph), recomputed in the
 * background after every project change and whenever the mode changes.
 */
public final class CodesViewModel {
    /**
     * Why the list by overlap is empty: the sample's overlaps are all two coders' readings of the same words, and a
     * newcomer saw an empty list with nothing said.
     */
    static final String NO_PAIR_BY_OVERLAP = "No passage of one coder overlaps another of theirs (two coders' "
            + "passages over the same words are two readings, not a pair). Count the codes found in the same paragraph "
            + "instead?";
    static final String NO_PAIR_BY_PARAGRAPH = "No paragraph holds passages of two codes by one coder.";
    static final String NO_PASSAGES = "No passages coded yet: pairs of codes show here once passages are coded.";
    private final ProjectContext context;
    private final ExportFlow exports;
    private final ObjectProperty<CoOccurrence.Mode> mode = new SimpleObjectProperty<>(CoOccurrence.Mode.OVERLAP);
    private final ObservableList<CodeTables.FrequencyRow> frequencies = FXCollections.observableArrayList();
    private final ObservableList<CodeTables.PairRow> pairs = FXCollections.observableArrayList();
    private final BooleanProperty noCodes = new SimpleBooleanProperty();
    private final StringProperty noPairs = new SimpleStringProperty(NO_PAIR_BY_OVERLAP);
    private final BooleanProperty paragraphOffered = new SimpleBooleanProperty();
    private final CellPassages passages;
    private final Runnable refresh;
    private volatile CoOccurrence.Mode requested = CoOccurrence.Mode.OVERLAP;

    public CodesViewModel(ProjectContext context, ExportFlow exports) {
        this.context = context;
        this.exports = exports;
        this.passages = new CellPassages(context, "Click a code or a pair of codes to list its passages");
        // A refresh still queued when the mode changes serves the new mode too: it reads it when it starts.
        this.refresh = context.coalesced(this::compute, this::show);
        context.workbenchProperty().addListener((o, was, now) -> {
            frequencies.clear();
            pairs.clear();
            noCodes.set(false);
            passages.clear();
            refresh();
        });
        context.onEvent(e -> refresh());
        mode.addListener((o, was, now) -> {
            // A pair listed by overlap is not the pair by paragraph: its count and passages differ.
            passages.clear();
            refresh();
        });
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
                CodeTables.pairs(cooccurrence(wb, chosen)), wb.codebook().current().codes().stream().allMatch(Code::isScenarioCode));
    }

    private static CoOccurrence cooccurrence(Workbench wb, CoOccurrence.Mode chosen) {
        return wb.analysis().cooccurrence(chosen, List.of(), filter(wb));
    }

    /** In blind mode only the active coder's passages count, as in every other panel. */
    private static MatrixSpec.Filter filter(Workbench wb) {
        return wb.blindMode() ? MatrixSpec.Filter.NONE.withCoders(Set.of(wb.activeCoder().id()))
                : MatrixSpec.Filter.NONE;
    }

    private void show(CodeTables tables) {
        frequencies.setAll(tables.frequencies());
        pairs.setAll(tables.pairs());
        noCodes.set(tables.noCodes());
        boolean coded = tables.frequencies().stream().anyMatch(row -> row.passages() > 0);
        CoOccurrence.Mode shown = mode.get();
        noPairs.set(!coded ? NO_PASSAGES : shown == CoOccurrence.Mode.PARAGRAPH ? NO_PAIR_BY_PARAGRAPH
                : NO_PAIR_BY_OVERLAP);
        paragraphOffered.set(coded && shown == CoOccurrence.Mode.OVERLAP && tables.pairs().isEmpty());
        // The passages listed follow the new counts, as a cell of Table 1 does.
        passages.again();
    }

    /** Lists the passages behind a code's frequency: those its Passages column counts. */
    public void choose(CodeTables.FrequencyRow row) {
        long code = row.codeId();
        passages.list(row.code(), wb -> wb.analysis().passagesOfCode(code));
    }

    /**
     * Lists the passages behind a pair's count: each passage of either code overlapping one of the other, or lying in
     * a paragraph that holds both, as the mode shown counts them.
     */
    public void choose(CodeTables.PairRow row) {
        CoOccurrence.Mode counted = mode.get();
        long first = row.codeId();
        long second = row.otherCodeId();
        String title = row.code() + " with " + row.otherCode() + " (" + (counted == CoOccurrence.Mode.OVERLAP
                ? Counted.of(row.count(), "overlap") : "together in " + Counted.of(row.count(), "paragraph")) + ")";
        passages.list(title, wb -> wb.analysis().cooccurring(counted, first, second, filter(wb)));
    }

    /** The passages of the code or pair chosen, under a heading saying what they are. */
    public CellPassages passages() {
        return passages;
    }

    /** Whether the open project's codebook has no code at all (a new, empty project). */
    public ReadOnlyBooleanProperty noCodesProperty() {
        return noCodes;
    }

    /**
     * Adds the study's Table 1 codebook (its frames, scenarios and codes) to an empty project, as {@code parallax
     * codebook import PROJECT table1} does: the window had no way to it once a project was made empty.
     */
    public void addStudyCodebook() {
        context.write(wb -> wb.codebook().importTemplate(Workbench.STUDY_TEMPLATE));
    }

    /** Writes the frequency table as CSV with the columns shown. */
    public void exportFrequencies(Path out) {
        List<List<String>> rows = frequencies.stream().map(CodeTables.FrequencyRow::cells).toList();
        export("Code frequencies", CodeTables.FREQUENCY_HEADER, rows, out);
    }

    /** Writes the co-occurrence table as CSV with the columns shown. */
    public void exportPairs(Path out) {
        List<List<String>> rows = pairs.stream().map(CodeTables.PairRow::cells).toList();
        export("Co-occurrence", CodeTables.PAIR_HEADER, rows, out);
    }

    /** Draws the co-occurrence counts of the current mode as an SVG heat map in the background. */
    public void exportPairsSvg(Path out) {
        CoOccurrence.Mode current = mode.get();
        exports.write("Co-occurrence heat map", out, wb -> {
            wb.charts().write(wb.charts().cooccurrence(cooccurrence(wb, current)), out);
            return List.of();
        });
    }

    /**
     * Writes a table as shown: an Excel sheet for a name ending in .xlsx (a name longer than Excel's cell limit cut
     * and said so), CSV otherwise.
     */
    private void export(String what, List<String> header, List<List<String>> rows, Path out) {
        boolean xlsx = out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx");
        exports.write(what, out, wb -> {
            if (xlsx) {
                return CutCells.lines(wb.exports().tableXlsx(header.equals(CodeTables.PAIR_HEADER) ? "Co-occurrence"
                        : "Codes", header, rows, out));
            }
            wb.exports().tableCsv(header, rows, out);
            return List.of();
        });
    }

    /** What the empty list of pairs says. */
    public ReadOnlyStringProperty noPairsProperty() {
        return noPairs;
    }

    /** Whether the empty list of pairs offers the count by paragraph. */
    public ReadOnlyBooleanProperty paragraphOfferedProperty() {
        return paragraphOffered;
    }

    /** Counts the pairs by paragraph, as the empty list by overlap offers. */
    public void countByParagraph() {
        mode.set(CoOccurrence.Mode.PARAGRAPH);
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
