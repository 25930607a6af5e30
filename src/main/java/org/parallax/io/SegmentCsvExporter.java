package org.parallax.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes coded segments as RFC 4180 CSV in UTF-8 without BOM, one row per segment (docs/export.md);
 * text cells are neutralised against spreadsheet formulas unless that is turned off.
 */
public final class SegmentCsvExporter {
    /** The header row, in column order. */
    public static final List<String> HEADER = List.of("segment_id", "document_id", "title", "date", "type", "actor",
            "scenario", "code_id", "code", "frame", "coder", "start", "end", "text", "memo", "created", "provenance");
    /** The column holding the documents' own words (the passage). */
    public static final java.util.Set<String> QUOTED = java.util.Set.of("text");

    private final boolean neutraliseFormulas;

    /** An exporter that neutralises formula-like cells, the safe default. */
    public SegmentCsvExporter() {
        this(true);
    }

    public SegmentCsvExporter(boolean neutraliseFormulas) {
        this.neutraliseFormulas = neutraliseFormulas;
    }

    /** Writes header and rows to {@code file}, replacing it. */
    public void write(Iterable<SegmentRow> rows, Path file) {
        try {
            AtomicFiles.write(file, out -> write(rows, new CsvRecords(out)));
        } catch (IOException e) {
            throw WriteFailures.of("the passages export", file, e);
        }
    }

    /** Writes header and rows to {@code out}, which the caller closes. */
    public void write(Iterable<SegmentRow> rows, Writer out) throws IOException {
        write(rows, new CsvRecords(out));
    }

    private void write(Iterable<SegmentRow> rows, CsvRecords records) throws IOException {
        records.print(HEADER.toArray());
        // One call per row rather than the row's work in the loop: the JIT compiles a method after a few hundred
        // calls, a loop's body only after some 60,000 turns, a third of a 200,000-passage export run in the
        // interpreter (docs/performance.md, "Issue 18, session 18").
        RowPrinter printer = new RowPrinter(records);
        for (SegmentRow row : rows) {
            printer.print(row);
        }
        records.finish();
    }

    /**
     * Prints each row's cells as the text of what {@link #cells} holds there, made straight from the row: going
     * through that list boxed five numbers a row and tested every cell's type (docs/performance.md, "Issue 18,
     * session 17").
     */
    private final class RowPrinter {
        private final CsvRecords records;
        private final Object[] printed = new Object[HEADER.size()];
        private java.time.LocalDate lastDate;
        private String lastDateText;

        RowPrinter(CsvRecords records) {
            this.records = records;
        }

        void print(SegmentRow row) throws IOException {
            if (row.date() != lastDate) {
                lastDate = row.date();
                lastDateText = lastDate == null ? null : lastDate.toString();
            }
            printed[0] = Long.toString(row.segmentId());
            printed[1] = Long.toString(row.documentId());
            printed[2] = text(row.title());
            printed[3] = lastDateText;
            printed[4] = row.type() == null ? null : text(row.type().label());
            printed[5] = text(row.actor());
            printed[6] = text(row.scenario());
            printed[7] = Long.toString(row.codeId());
            printed[8] = text(row.code());
            printed[9] = text(row.frame());
            printed[10] = text(row.coder());
            printed[11] = Integer.toString(row.start());
            printed[12] = Integer.toString(row.end());
            printed[13] = text(row.text());
            printed[14] = text(row.memo());
            printed[15] = row.created() == null ? null : records.instant(row.created());
            printed[16] = text(row.provenance());
            records.print(printed);
        }
    }

    /**
     * One row's cells in {@link #HEADER} order, typed (ids and offsets as numbers, date, instant) so a
     * spreadsheet writer keeps them as numbers and dates; the CSV prints them as ISO text.
     */
    public static List<Object> cells(SegmentRow row) {
        return java.util.Arrays.asList(row.segmentId(), row.documentId(), row.title(), row.date(),
                row.type() == null ? null : row.type().label(), row.actor(), row.scenario(), row.codeId(),
                row.code(), row.frame(), row.coder(), row.start(), row.end(), row.text(), row.memo(), row.created(),
                row.provenance());
    }

    private String text(String cell) {
        return neutraliseFormulas && cell != null ? CsvCells.neutralise(cell) : cell;
    }
}
