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
import org.parallax.io.refi.ExchangeProject;
import org.parallax.io.refi.ExchangeProject.CodeNode;
import org.parallax.io.refi.RefiIds;
import org.parallax.io.refi.RefiImport;
import org.parallax.model.ParallaxException;

/**
 * Reads a codebook sheet: one code a row, named in a column {@code tag} (Taguette's codebook export: tag, parent,
 * description, number of highlights; with nested tags tag, tag_parent, tag_full_path, description, and counts) or
 * {@code code} or {@code name}, with an optional {@code parent} or {@code tag_parent} (a code of the sheet) and
 * {@code description}; other columns are left aside. Comma, semicolon or tab separated, in any
 * encoding text files are read in (a spreadsheet's UTF-8 with BOM, Windows-1252). The codes come as a REFI-QDA
 * codebook without frames, so they merge by name as a .qdc's do.
 */
public final class CodebookCsv {
    private CodebookCsv() {
    }

    /** {@link #read(Path, ImportLimits)} held to the default import limits. */
    public static RefiImport read(Path csv) {
        return read(csv, ImportLimits.defaults());
    }

    /** The sheet's codes; the sheet is held to the limits of the import that asks for it. */
    public static RefiImport read(Path csv, ImportLimits limits) {
        String text = TextNormalizer.normalize(TextFileDecoder.decode(csv, MetadataCsv.readAll(csv, limits)).text());
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(MetadataCsv.delimiter(text)).setHeader()
                .setSkipHeaderRecord(true).setIgnoreEmptyLines(true).setTrim(true).build();
        String name = MetadataCsv.name(csv);
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Map<String, String> columns = new LinkedHashMap<>();
            parser.getHeaderNames().forEach(h -> columns.putIfAbsent(h.strip().toLowerCase(Locale.ROOT), h));
            String nameColumn = List.of("tag", "code", "name").stream().map(columns::get)
                    .filter(java.util.Objects::nonNull).findFirst().orElseThrow(() -> new ParallaxException(name
                            + " line 1: no column naming the codes (expected tag, code or name; found: "
                            + String.join(", ", parser.getHeaderNames()) + ")"));
            String parentColumn = columns.getOrDefault("parent", columns.get("tag_parent"));
            Map<String, Row> rows = new LinkedHashMap<>();
            for (CSVRecord record : parser) {
                String code = MetadataCsv.name(record, nameColumn);
                if (code != null) {
                    rows.putIfAbsent(code, new Row(code, MetadataCsv.name(record, parentColumn),
                            MetadataCsv.value(record, columns.get("description"))));
                }
            }
            List<String> problems = new ArrayList<>();
            List<CodeNode> codes = children(null, rows, problems, name);
            long placed = count(codes);
            if (placed < rows.size()) {
                problems.add(name + ": " + (rows.size() - placed) + " codes whose parents name each other in a "
                        + "circle not imported");
            }
            return new RefiImport(new ExchangeProject(name, null, List.of(), codes, List.of(), List.of(), List.of()),
                    problems);
        } catch (IOException | java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new ParallaxException(name + ": not a readable CSV file (" + Causes.brief(e) + ")", e);
        }
    }

    private record Row(String name, String parent, String description) {
    }

    /** The codes under {@code parent} (top level for null), a code whose parent the sheet lacks at top level. */
    private static List<CodeNode> children(String parent, Map<String, Row> rows, List<String> problems, String file) {
        List<CodeNode> out = new ArrayList<>();
        for (Row row : rows.values()) {
            boolean orphan = row.parent() != null && (!rows.containsKey(row.parent()) || row.parent().equals(row.name()));
            boolean here = parent == null ? row.parent() == null || orphan : parent.equals(row.parent())
                    && !parent.equals(row.name());
            if (!here) {
                continue;
            }
            if (parent == null && orphan) {
                problems.add(file + ": code '" + row.name() + "' names parent '" + row.parent()
                        + "', which the sheet does not hold; imported at the top level");
            }
            out.add(new CodeNode(RefiIds.stable(file, "code:" + row.name()), row.name(), true, null, row.description(),
                    children(row.name(), rows, problems, file), List.of()));
        }
        return out;
    }

    private static long count(List<CodeNode> codes) {
        return codes.size() + codes.stream().mapToLong(c -> count(c.children())).sum();
    }
}
