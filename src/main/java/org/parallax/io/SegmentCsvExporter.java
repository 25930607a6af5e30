package org.parallax.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.parallax.model.ParallaxException;

/**
 * Writes coded segments as RFC 4180 CSV in UTF-8 without BOM, one row per segment (docs/export.md);
 * text cells are neutralised against spreadsheet formulas unless that is turned off.
 */
public final class SegmentCsvExporter {
    /** The header row, in column order. */
    public static final List<String> HEADER = List.of("segment_id", "document_id", "title", "date", "type", "actor",
            "scenario", "code_id", "code", "frame", "coder", "start", "end", "text", "memo", "created", "provenance");

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
            AtomicFiles.writeText(file, out -> write(rows, out));
        } catch (IOException e) {
            throw new ParallaxException("Cannot write segment export " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes header and rows to {@code out}, which the caller closes. */
    public void write(Iterable<SegmentRow> rows, Writer out) throws IOException {
        CsvRecords records = new CsvRecords(out);
        records.print(HEADER.toArray());
        for (SegmentRow row : rows) {
            records.cell(Long.toString(row.segmentId()));
            records.cell(Long.toString(row.documentId()));
            text(records, row.title());
            cell(records, row.date());
            text(records, row.type() == null ? null : row.type().label());
            text(records, row.actor());
            text(records, row.scenario());
            records.cell(Long.toString(row.codeId()));
            text(records, row.code());
            text(records, row.frame());
            text(records, row.coder());
            records.cell(Integer.toString(row.start()));
            records.cell(Integer.toString(row.end()));
            text(records, row.text());
            text(records, row.memo());
            if (row.created() == null) {
                records.empty();
            } else {
                records.cell(records.instant(row.created()));
            }
            text(records, row.provenance());
            records.endRecord();
        }
        records.finish();
    }

    private void text(CsvRecords records, String cell) {
        if (cell == null) {
            records.empty();
        } else {
            records.cell(cell, 0, cell.length(), neutraliseFormulas);
        }
    }

    private static void cell(CsvRecords records, Object cell) {
        if (cell == null) {
            records.empty();
        } else {
            records.cell(cell.toString());
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

}
