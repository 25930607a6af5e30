package org.parallax.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.parallax.model.MemoRow;

/**
 * Writes memos as RFC 4180 CSV (UTF-8, formula-like cells neutralised unless turned off) or as a JSON array,
 * one record per memo with the columns of {@link #HEADER} (docs/export.md); the file appears whole or not at all.
 */
public final class MemoExporter {
    public static final List<String> HEADER = List.of("memo_id", "kind", "target_id", "about", "document_id",
            "document", "code_id", "code", "passage", "author", "last_edited_by", "created", "modified", "text");
    /** The column holding the documents' own words (a passage memo's passage); "text" is the memo, an analyst's. */
    public static final java.util.Set<String> QUOTED = java.util.Set.of("passage");

    // The caller owns the writer; Jackson would close it.
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
            .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private final boolean neutraliseFormulas;

    public MemoExporter(boolean neutraliseFormulas) {
        this.neutraliseFormulas = neutraliseFormulas;
    }

    /** Writes CSV, or JSON when the file name ends in .json. */
    public void write(List<MemoRow> rows, Path file) {
        boolean json = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        try {
            AtomicFiles.writeText(file, out -> {
                if (json) {
                    json(rows, out);
                } else {
                    csv(rows, out);
                }
            });
        } catch (IOException e) {
            throw WriteFailures.of("the memos export", file, e);
        }
    }

    /** The cells of one row in {@link #HEADER} order: numbers as numbers, dates as ISO text, blanks as null. */
    public static List<Object> cells(MemoRow r) {
        return java.util.Arrays.asList(r.memoId(), r.kind(), r.targetId(), r.about(), r.documentId(), r.document(),
                r.codeId(), r.code(), r.passage(), r.author(), r.lastEditedBy(), r.created() == null ? null : r.created().toString(),
                r.modified() == null ? null : r.modified().toString(), r.text());
    }

    public void csv(List<MemoRow> rows, Writer out) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180);
        printer.printRecord(HEADER);
        for (MemoRow row : rows) {
            List<Object> cells = new ArrayList<>();
            for (Object cell : cells(row)) {
                cells.add(cell instanceof String text && neutraliseFormulas ? CsvCells.neutralise(text) : cell);
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    public static void json(List<MemoRow> rows, Writer out) throws IOException {
        List<Map<String, Object>> objects = new ArrayList<>();
        for (MemoRow row : rows) {
            Map<String, Object> object = new LinkedHashMap<>();
            List<Object> cells = cells(row);
            for (int i = 0; i < HEADER.size(); i++) {
                object.put(HEADER.get(i), cells.get(i));
            }
            objects.add(object);
        }
        JSON.writeValue(out, objects);
        out.write('\n');
    }
}
