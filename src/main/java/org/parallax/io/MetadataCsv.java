package org.parallax.io;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.model.Names;
import org.parallax.model.ParallaxException;

/**
 * Reads a metadata sheet with a header row and the columns file, title, date, type, actor, language,
 * scenario (any order, any case); further columns become document attributes. Comma, semicolon
 * or tab separated, in any encoding {@link DocumentReader} accepts for text files.
 */
public final class MetadataCsv {
    private static final Set<String> KNOWN = Set.of("file", "title", "date", "type", "actor", "language", "scenario");

    private MetadataCsv() {
    }

    /** {@link #read(Path, ImportLimits)} held to the default import limits. */
    public static Map<String, DocumentMeta> read(Path csv) {
        return read(csv, ImportLimits.defaults());
    }

    /**
     * Metadata per file, keyed by the value of the {@code file} column, in the order of the sheet; the sheet is held
     * to the limits of the import that asks for it, as its documents are.
     */
    public static Map<String, DocumentMeta> read(Path csv, ImportLimits limits) {
        String content = TextFileDecoder.decode(csv, readAll(csv, limits)).text();
        String text = TextNormalizer.normalize(content);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter(text))
                .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).build();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, String> columns = columns(csv, parser);
            Map<String, DocumentMeta> result = new LinkedHashMap<>();
            LineCounter lines = new LineCounter(text);
            for (CSVRecord row : parser) {
                int line = lines.lineAt(row.getCharacterPosition());
                String file = value(row, columns.get("file"));
                if (file == null) {
                    throw error(csv, line, "the 'file' column is empty");
                }
                if (result.containsKey(file)) {
                    throw error(csv, line, "file '" + file + "' is listed twice");
                }
                result.put(file, meta(csv, line, row, columns));
            }
            return result;
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new ParallaxException(name(csv) + ": not a readable CSV file (" + Causes.brief(e) + ")", e);
        }
    }

    /** Spreadsheets in many locales save with ';' (or tabs); the header line tells which. */
    static char delimiter(String text) {
        String header = text.lines().findFirst().orElse("");
        char best = ',';
        long bestCount = header.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {';', '\t'}) {
            long count = header.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static Map<String, String> columns(Path csv, CSVParser parser) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String header : parser.getHeaderNames()) {
            String key = Names.clean(header).toLowerCase(Locale.ROOT);
            if (!key.isEmpty() && columns.putIfAbsent(key, header) != null) {
                throw new ParallaxException(name(csv) + " line 1: column '" + header.strip() + "' appears twice");
            }
        }
        if (columns.isEmpty()) {
            throw new ParallaxException(name(csv) + " line 1: no header row (expected columns such as "
                    + "file,title,date,type,actor,language,scenario)");
        }
        if (!columns.containsKey("file")) {
            throw new ParallaxException(name(csv) + " line 1: the header has no 'file' column (found: "
                    + String.join(", ", parser.getHeaderNames()) + ")");
        }
        return columns;
    }

    private static DocumentMeta meta(Path csv, int line, CSVRecord row, Map<String, String> columns) {
        String date = value(row, columns.get("date"));
        String type = value(row, columns.get("type"));
        Map<String, String> attributes = new TreeMap<>();
        columns.forEach((key, header) -> {
            String v = value(row, header);
            if (!KNOWN.contains(key) && v != null) {
                attributes.put(Names.clean(header), v);
            }
        });
        return new DocumentMeta(value(row, columns.get("title")), parseDate(csv, line, date), parseType(csv, line, type),
                value(row, columns.get("actor")), value(row, columns.get("language")),
                value(row, columns.get("scenario")), attributes).cleaned();
    }

    private static LocalDate parseDate(Path csv, int line, String date) {
        try {
            return date == null ? null : LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw error(csv, line, "bad date '" + date + "' (expected YYYY-MM-DD, e.g. 2002-05-28)");
        }
    }

    private static DocumentType parseType(Path csv, int line, String type) {
        try {
            return DocumentType.parse(type);
        } catch (IllegalArgumentException e) {
            throw error(csv, line, "bad type '" + type + "' (expected " + DocumentType.CHOICES.listing() + ")");
        }
    }

    static String value(CSVRecord row, String header) {
        if (header == null || !row.isSet(header)) {
            return null;
        }
        String v = row.get(header).strip();
        return v.isEmpty() ? null : v;
    }

    /**
     * A cell that names something (a code, a parent code, a column), cleaned as every name is ({@link Names}), so
     * that names the sheet compares are the ones the project will hold; null for an empty cell.
     */
    static String name(CSVRecord row, String header) {
        String v = Names.clean(value(row, header));
        return v == null || v.isEmpty() ? null : v;
    }

    /** Line numbers count from 1, the header included, and stay right when a quoted value spans lines. */
    private static final class LineCounter {
        private final String text;
        private int position;
        private int line = 1;

        LineCounter(String text) {
            this.text = text;
        }

        int lineAt(long characterPosition) {
            for (; position < characterPosition && position < text.length(); position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }

    private static ParallaxException error(Path csv, int line, String problem) {
        return new ParallaxException(name(csv) + " line " + line + ": " + problem);
    }

    /**
     * The bytes of a sheet, held to {@code limits} as a document is: a sheet is read whole, so a 2 GB one would
     * otherwise fill the memory before anything could be said about it.
     */
    static byte[] readAll(Path csv, ImportLimits limits) {
        DocumentReader.checkNotTooLarge(csv, limits);
        try {
            return Files.readAllBytes(csv);
        } catch (IOException e) {
            throw new ImportException(csv, "cannot read file (" + Causes.brief(e) + ")", e);
        }
    }

    static String name(Path csv) {
        return csv.getFileName() == null ? csv.toString() : csv.getFileName().toString();
    }
}
