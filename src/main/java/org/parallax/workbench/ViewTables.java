package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.analysis.CoOccurrence;
import org.parallax.analysis.CodeFrequency;
import org.parallax.analysis.MatrixValues;
import org.parallax.analysis.Timeline;
import org.parallax.io.TableSheet;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Document;
import org.parallax.model.Matrix;

/**
 * The table behind each view, with typed cells: what `--format csv|json|xlsx` of the listing commands
 * print and what `export xlsx` and the window's Excel export put in a sheet, so every output of a view
 * carries the same numbers. Shares and fractional values are rounded as the command line rounds them.
 */
public final class ViewTables {
    /** Label of the totals column and row. */
    public static final String TOTAL = "Total";

    private ViewTables() {
    }

    /** Row labels, one column per matrix column, a Total column, then a Total row. */
    public static TableSheet matrix(String name, MatrixValues values) {
        Matrix m = values.matrix();
        List<String> header = new ArrayList<>(List.of(""));
        m.columns().forEach(c -> header.add(c.label()));
        header.add(TOTAL);
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            List<Object> cells = new ArrayList<>(List.of(m.rows().get(r).label()));
            for (int c = 0; c < m.columns().size(); c++) {
                cells.add(number(values.cell(r, c)));
            }
            cells.add(number(values.rowTotal(r)));
            rows.add(cells);
        }
        List<Object> totals = new ArrayList<>(List.of(TOTAL));
        for (int c = 0; c < m.columns().size(); c++) {
            totals.add(number(values.columnTotal(c)));
        }
        totals.add(number(values.total()));
        rows.add(totals);
        return new TableSheet(name, header, rows);
    }

    /** Per period: passages, then each frame's count and share (0..1, four decimals). */
    public static TableSheet timeline(Timeline timeline) {
        List<String> header = new ArrayList<>(List.of("period", "passages"));
        timeline.series().forEach(s -> {
            header.add(s.label());
            header.add(s.label() + " share");
        });
        List<List<Object>> rows = new ArrayList<>();
        for (int b = 0; b < timeline.bins().size(); b++) {
            List<Object> row = new ArrayList<>(List.of(timeline.bins().get(b).label(),
                    timeline.bins().get(b).passages()));
            for (Timeline.Series s : timeline.series()) {
                row.add(s.counts().get(b));
                row.add(Math.round(s.shares().get(b) * 10_000) / 10_000.0);
            }
            rows.add(row);
        }
        return new TableSheet("Timeline", header, rows);
    }

    /** Pairs of codes with their count and Jaccard (three decimals), the line saying what a count counts under them. */
    public static TableSheet cooccurrence(CoOccurrence result) {
        List<List<Object>> rows = new ArrayList<>();
        for (CoOccurrence.Pair p : result.pairs()) {
            rows.add(List.of(p.first(), p.second(), p.count(), Math.round(p.jaccard() * 1000) / 1000.0));
        }
        return new TableSheet("Co-occurrence", List.of("code", "other code", "count", "jaccard"), rows)
                .noting(result.mode().counted());
    }

    /** The codes with frame, scenario, shortcut, colour and frequencies. */
    static TableSheet codes(Codebook book, List<CodeFrequency> frequencies) {
        Map<Long, CodeFrequency> byCode = new HashMap<>();
        frequencies.forEach(f -> byCode.put(f.codeId(), f));
        List<List<Object>> rows = new ArrayList<>();
        for (Code c : book.codes()) {
            CodeFrequency f = byCode.get(c.id());
            rows.add(Arrays.asList(c.id(), c.name(),
                    c.frameId() == null ? null : book.frame(c.frameId()).map(x -> x.name()).orElse(null),
                    c.scenarioId() == null ? null : book.scenario(c.scenarioId()).map(x -> x.name()).orElse(null),
                    c.shortcut() == 0 ? null : c.shortcut(), c.color(),
                    f == null ? 0 : f.segments(), f == null ? 0 : f.documents(), f == null ? 0L : f.characters()));
        }
        return new TableSheet("Codes", List.of("id", "code", "frame", "scenario", "shortcut", "color", "passages",
                "documents", "characters"), rows);
    }

    /** The documents with their metadata and passage counts ({@code passages}: document id to count). */
    static TableSheet documents(List<Document> documents, Map<Long, Integer> passages) {
        List<List<Object>> rows = new ArrayList<>();
        for (Document d : documents) {
            var m = d.meta();
            rows.add(Arrays.asList(d.id(), d.title(), m.date(), m.type().label(), m.actor(), m.language(),
                    m.scenario(), d.length(), passages.getOrDefault(d.id(), 0)));
        }
        return new TableSheet("Documents", List.of("id", "title", "date", "type", "actor", "language", "scenario",
                "length", "passages"), rows);
    }

    /**
     * A table of texts as a view shows it, typed for a spreadsheet: a column whose every non-empty cell is a
     * plain number (as the views print them: 12, -3, 0.25) holds numbers, any other column keeps its texts, so a
     * code called "1984" among named codes stays text.
     */
    public static TableSheet fromTexts(String name, List<String> header, List<List<String>> rows) {
        boolean[] numeric = new boolean[header.size()];
        java.util.Arrays.fill(numeric, true);
        for (List<String> row : rows) {
            for (int c = 0; c < numeric.length && c < row.size(); c++) {
                String cell = row.get(c);
                numeric[c] &= cell == null || cell.isEmpty() || PLAIN_NUMBER.matcher(cell).matches();
            }
        }
        List<List<Object>> typed = new ArrayList<>();
        for (List<String> row : rows) {
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c);
                cells.add(cell == null || cell.isEmpty() ? null : c < numeric.length && numeric[c]
                        ? (cell.contains(".") ? (Object) Double.parseDouble(cell) : (Object) Long.parseLong(cell)) : cell);
            }
            typed.add(cells);
        }
        return new TableSheet(name, header, typed);
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("-?\\d{1,15}(\\.\\d+)?");

    /** A whole number as a long, anything else rounded to two decimals. */
    public static Object number(double value) {
        return value == Math.rint(value) && !Double.isInfinite(value) ? (Object) (long) value
                : (Object) (Math.round(value * 100) / 100.0);
    }
}
