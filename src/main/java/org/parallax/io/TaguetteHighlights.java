package org.parallax.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parallax.model.Names;
import org.parallax.model.ParallaxException;

/**
 * Reads Taguette's highlights sheet ("Export highlights" as CSV or Excel .xlsx: id, document, tag, content; newer
 * versions add tag_parent, tag_full_path and tag_description): one row a highlight and tag, the highlighted text as
 * plain text and no offsets, so the text is found again in the document. A CSV's separator and encoding are detected
 * as for metadata sheets; of a workbook the first worksheet is read ({@link XlsxSheet}). The sheet's text is held to
 * the text budget of a document ({@link ExtractionLimits#maxTextChars()}, and the time limit for a workbook), since
 * every highlight is matched and imported: a workbook's shared strings as they are read and each cell's text as shown.
 */
public final class TaguetteHighlights {
    /**
     * One highlight with one tag (null: a highlight Taguette exported without tags), in the sheet's {@code row}th row
     * after its header (in a CSV or a workbook alike); {@code tagParent} and {@code tagFullPath} as the newer sheets
     * give them (the parent tag's path and the tag's own, its names joined by '.'), null where the sheet has none.
     */
    public record Highlight(String document, String tag, String tagParent, String tagFullPath, String content,
                            long row) {
        /** A highlight of a sheet without parents. */
        public Highlight(String document, String tag, String content, long row) {
            this(document, tag, null, null, content, row);
        }
    }

    private static final List<String> REQUIRED = List.of("document", "tag", "content");

    private TaguetteHighlights() {
    }

    /**
     * Whether {@code file} is a highlights sheet: a .csv whose header names Taguette's highlight columns (document,
     * tag, content; the header alone is read), or any .xlsx, since Parallax reads no other workbook: {@link #read}
     * refuses one that is not Taguette's, naming the columns it lacks.
     */
    public static boolean isHighlightsSheet(Path file) {
        if (isWorkbook(file)) {
            return true;
        }
        if (!String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        String header = FirstLine.of(file).toLowerCase(Locale.ROOT);
        return REQUIRED.stream().allMatch(header::contains);
    }

    /** {@link #read(Path, ImportLimits)} held to the default import limits. */
    public static List<Highlight> read(Path file) {
        return read(file, ImportLimits.defaults());
    }

    /** {@link #read(Path, ImportLimits, ExtractionLimits)} with the default extraction budget. */
    public static List<Highlight> read(Path file, ImportLimits limits) {
        return read(file, limits, ExtractionLimits.defaults());
    }

    /** The sheet's highlights; the sheet is held to the limits of the import that asks for it. */
    public static List<Highlight> read(Path file, ImportLimits limits, ExtractionLimits extraction) {
        Sheet sheet = new Sheet(MetadataCsv.name(file), isWorkbook(file) ? "row" : "line");
        ExtractionBudget budget = ExtractionBudget.start(file, extraction);
        if (isWorkbook(file)) {
            // A CSV's text is normalised whole as it is decoded; a workbook's cells one by one.
            XlsxSheet.read(file, limits, budget,
                    (number, cells) -> sheet.row(number, cells.stream().map(TextNormalizer::normalize).toList()));
        } else {
            readCsv(file, limits, budget, sheet);
        }
        return sheet.highlights();
    }

    private static boolean isWorkbook(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    private static void readCsv(Path csv, ImportLimits limits, ExtractionBudget budget, Sheet sheet) {
        String text = TextNormalizer.normalize(TextFileDecoder.decode(csv, MetadataCsv.readAll(csv, limits)).text());
        budget.addChars(text.length());
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(MetadataCsv.delimiter(text))
                .setIgnoreEmptyLines(true).build();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                sheet.row(record.getRecordNumber(), record.toList());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ParallaxException(sheet.name + ": not a readable CSV file (" + Causes.brief(e) + ")", e);
        }
    }

    /** The highlights of a sheet's rows, its first row the header naming the columns (any order, any case). */
    private static final class Sheet {
        private final String name;
        private final String rowWord;
        private final Map<String, Integer> columns = new LinkedHashMap<>();
        private final List<Highlight> highlights = new ArrayList<>();
        private long headerRow = -1;

        Sheet(String name, String rowWord) {
            this.name = name;
            this.rowWord = rowWord;
        }

        void row(long number, List<String> cells) {
            if (headerRow < 0) {
                header(number, cells);
                return;
            }
            String content = cell(cells, "content");
            highlights.add(new Highlight(value(cells, "document"), value(cells, "tag"), value(cells, "tag_parent"),
                    value(cells, "tag_full_path"), content == null ? "" : content.strip(), number - headerRow));
        }

        private void header(long number, List<String> names) {
            headerRow = number;
            for (int i = 0; i < names.size(); i++) {
                columns.putIfAbsent(names.get(i).strip().toLowerCase(Locale.ROOT), i);
            }
            for (String column : REQUIRED) {
                if (!columns.containsKey(column)) {
                    throw new ParallaxException(name + " " + rowWord + " " + number + ": no column '" + column
                            + "' (a Taguette highlights sheet has document, tag and content; found: "
                            + String.join(", ", names) + ")");
                }
            }
        }

        List<Highlight> highlights() {
            if (headerRow < 0) {
                throw new ParallaxException(name + ": empty (a Taguette highlights sheet has a header row naming "
                        + "document, tag and content)");
            }
            return highlights;
        }

        /** The cell of {@code column} in this row, null where the row is short or the sheet has no such column. */
        private String cell(List<String> cells, String column) {
            Integer i = columns.get(column);
            return i != null && i < cells.size() ? cells.get(i) : null;
        }

        /** A name (a document's, a tag's) as the project will hold it ({@link Names}), null for an empty cell. */
        private String value(List<String> cells, String column) {
            String v = Names.clean(cell(cells, column));
            return v == null || v.isEmpty() ? null : v;
        }
    }
}
