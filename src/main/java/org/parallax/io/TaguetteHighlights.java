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
import org.parallax.model.ParallaxException;

/**
 * Reads Taguette's highlights sheet ("Export highlights" as CSV: id, document, tag, content; newer versions add
 * tag_parent, tag_full_path and tag_description): one row a highlight and tag, the highlighted text as plain text and
 * no offsets, so the text is found again in the document. Separator and encoding are detected as for metadata sheets.
 */
public final class TaguetteHighlights {
    /** One highlight with one tag (null: a highlight Taguette exported without tags), the sheet's {@code row}th. */
    public record Highlight(String document, String tag, String content, long row) {
    }

    private static final List<String> REQUIRED = List.of("document", "tag", "content");

    private TaguetteHighlights() {
    }

    /** Whether {@code csv}'s header names Taguette's highlight columns (document, tag, content); reads the header alone. */
    public static boolean isHighlightsSheet(Path csv) {
        if (!String.valueOf(csv.getFileName()).toLowerCase(Locale.ROOT).endsWith(".csv")) {
            return false;
        }
        String header = FirstLine.of(csv).toLowerCase(Locale.ROOT);
        return REQUIRED.stream().allMatch(header::contains);
    }

    public static List<Highlight> read(Path csv) {
        String text = text(csv);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(MetadataCsv.delimiter(text)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).build();
        String name = MetadataCsv.name(csv);
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, String> columns = new LinkedHashMap<>();
            parser.getHeaderNames().forEach(h -> columns.putIfAbsent(h.strip().toLowerCase(Locale.ROOT), h));
            for (String column : REQUIRED) {
                if (!columns.containsKey(column)) {
                    throw new ParallaxException(name + " line 1: no column '" + column + "' (a Taguette highlights "
                            + "sheet has document, tag and content; found: " + String.join(", ", parser.getHeaderNames())
                            + ")");
                }
            }
            List<Highlight> out = new ArrayList<>();
            for (CSVRecord record : parser) {
                String content = record.isSet(columns.get("content")) ? record.get(columns.get("content")) : "";
                out.add(new Highlight(MetadataCsv.value(record, columns.get("document")),
                        MetadataCsv.value(record, columns.get("tag")), content.strip(), record.getRecordNumber()));
            }
            return out;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new ParallaxException(name + ": not a readable CSV file (" + Causes.brief(e) + ")", e);
        }
    }

    private static String text(Path csv) {
        return TextNormalizer.normalize(TextFileDecoder.decode(csv, MetadataCsv.readAll(csv)).text());
    }
}
