package org.parallax.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.parallax.analysis.TextUnit;
import org.parallax.analysis.UnitSplitter;
import org.parallax.io.TableSheet;
import org.parallax.model.Choices;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Segment;

/**
 * A case-by-code table for statistics software: one row per document, paragraph or sentence with the
 * document's metadata, then one column per code holding 1 when a passage of the code overlaps the unit
 * (0 otherwise), or the number of such passages. Units are those agreement uses ({@link UnitSplitter}).
 */
final class UnitTable {
    /** What one row is. */
    enum Unit {
        DOCUMENT, PARAGRAPH, SENTENCE;

        static final Choices<Unit> CHOICES = Choices.of(Unit.class).alias("documents", DOCUMENT)
                .alias("paragraphs", PARAGRAPH).alias("sentences", SENTENCE);
    }

    private final Project project;

    UnitTable(Project project) {
        this.project = project;
    }

    /** The table; rows are produced one document at a time, so only one text is held. */
    TableSheet sheet(Unit unit, List<Code> codes, boolean counts) {
        List<Document> documents = project.documents.list();
        List<String> attributes = new ArrayList<>(new TreeSet<>(documents.stream()
                .flatMap(d -> d.meta().attributes().keySet().stream()).toList()));
        List<String> header = new ArrayList<>(List.of("document_id", "title", "date", "type", "actor", "language",
                "scenario"));
        attributes.forEach(a -> header.add("attr:" + a));
        if (unit != Unit.DOCUMENT) {
            header.addAll(List.of("unit", "start", "end", "text"));
        }
        Map<Long, Integer> columnOf = new LinkedHashMap<>();
        for (Code code : codes) {
            columnOf.put(code.id(), columnOf.size());
            header.add(ColumnNames.unique(code.name(), header));
        }
        Map<Long, List<Segment>> byDocument = new HashMap<>();
        project.passages().stream().filter(s -> columnOf.containsKey(s.codeId()))
                .forEach(s -> byDocument.computeIfAbsent(s.documentId(), k -> new ArrayList<>()).add(s));
        String name = switch (unit) {
            case DOCUMENT -> "Documents by code";
            case PARAGRAPH -> "Paragraphs by code";
            case SENTENCE -> "Sentences by code";
        };
        return new TableSheet(name, header, () -> rows(unit, documents, attributes, columnOf, byDocument, counts))
                .quoting("text");
    }

    private Iterator<List<Object>> rows(Unit unit, List<Document> documents, List<String> attributes,
                                        Map<Long, Integer> columnOf, Map<Long, List<Segment>> byDocument,
                                        boolean counts) {
        Iterator<Document> docs = documents.iterator();
        return new Iterator<>() {
            private Iterator<List<Object>> current = java.util.Collections.emptyIterator();

            public boolean hasNext() {
                while (!current.hasNext() && docs.hasNext()) {
                    current = documentRows(unit, docs.next(), attributes, columnOf, byDocument, counts).iterator();
                }
                return current.hasNext();
            }

            public List<Object> next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return current.next();
            }
        };
    }

    private List<List<Object>> documentRows(Unit unit, Document d, List<String> attributes,
                                            Map<Long, Integer> columnOf, Map<Long, List<Segment>> byDocument,
                                            boolean counts) {
        List<Segment> segments = byDocument.getOrDefault(d.id(), List.of());
        List<Object> meta = new ArrayList<>(java.util.Arrays.asList(d.id(), d.title(), d.meta().date(),
                d.meta().type().label(), d.meta().actor(), d.meta().language(), d.meta().scenario()));
        attributes.forEach(a -> meta.add(d.meta().attributes().get(a)));
        if (unit == Unit.DOCUMENT) {
            List<Object> row = new ArrayList<>(meta);
            row.addAll(codeCells(segments, 0, Integer.MAX_VALUE, columnOf, counts));
            return List.of(row);
        }
        String text = project.documents.text(d.id());
        Locale locale = d.meta().language() == null ? Locale.ROOT : Locale.forLanguageTag(d.meta().language());
        List<TextUnit> units = UnitSplitter.split(unit == Unit.PARAGRAPH ? UnitSplitter.Kind.PARAGRAPH
                : UnitSplitter.Kind.SENTENCE, d.id(), text, locale);
        List<List<Object>> rows = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            TextUnit u = units.get(i);
            List<Object> row = new ArrayList<>(meta);
            row.addAll(List.of(i + 1, u.start(), u.end(), text.substring(u.start(), u.end())));
            row.addAll(codeCells(segments, u.start(), u.end(), columnOf, counts));
            rows.add(row);
        }
        return rows;
    }

    /** Per code: passages overlapping [start, end), as a count or as 0/1. */
    private static List<Object> codeCells(List<Segment> segments, int start, int end, Map<Long, Integer> columnOf,
                                          boolean counts) {
        int[] hits = new int[columnOf.size()];
        for (Segment s : segments) {
            if (s.overlaps(start, end) || s.length() == 0 && s.start() >= start && s.start() < end) {
                hits[columnOf.get(s.codeId())]++;
            }
        }
        List<Object> cells = new ArrayList<>(hits.length);
        for (int h : hits) {
            cells.add(counts ? h : Math.min(h, 1));
        }
        return cells;
    }
}
