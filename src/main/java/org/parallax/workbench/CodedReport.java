package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.parallax.io.ReportDocument;
import org.parallax.io.ReportDocument.Entry;
import org.parallax.io.ReportDocument.Section;
import org.parallax.io.SegmentRow;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Frame;
import org.parallax.model.Scenario;

/**
 * Arranges selected passages into a {@link ReportDocument}: definitions of the codes they use, then the
 * passages quoted in full with their citation, grouped by frame and code, by scenario and code, or by document.
 */
final class CodedReport {
    private static final String NO_FRAME = "Codes outside the theory frames";
    private static final String NO_SCENARIO = "No scenario";

    private final Codebook book;
    private final ReportGrouping grouping;

    CodedReport(Codebook book, ReportGrouping grouping) {
        this.book = book;
        this.grouping = grouping;
    }

    ReportDocument build(String title, List<String> selection, List<SegmentRow> rows) {
        List<Section> sections = switch (grouping) {
            case CODE -> byFrame(rows);
            case SCENARIO -> byScenario(rows);
            case DOCUMENT -> byDocument(rows);
        };
        return new ReportDocument(title, "passage", selection, definitions(rows), sections);
    }

    private List<ReportDocument.Definition> definitions(List<SegmentRow> rows) {
        Set<Long> used = new LinkedHashSet<>();
        rows.forEach(r -> used.add(r.codeId()));
        return codesInOrder().stream().filter(c -> used.contains(c.id()))
                .map(c -> new ReportDocument.Definition(c.name(), frameName(c), blankToNull(c.definition()),
                        blankToNull(c.inclusion()), blankToNull(c.exclusion()))).toList();
    }

    private List<Section> byFrame(List<SegmentRow> rows) {
        Map<Long, List<SegmentRow>> byCode = group(rows, SegmentRow::codeId);
        List<Section> sections = new ArrayList<>();
        for (Frame frame : book.frames()) {
            addGroup(sections, frame.name(), codeSections(byCode, book.codesOf(frame), false));
        }
        List<Code> others = codesInOrder().stream().filter(c -> c.frameId() == null).toList();
        addGroup(sections, NO_FRAME, codeSections(byCode, others, false));
        return sections;
    }

    private List<Section> byScenario(List<SegmentRow> rows) {
        Map<String, List<SegmentRow>> byScenario = group(rows, r -> r.scenario() == null ? NO_SCENARIO : r.scenario());
        List<String> order = new ArrayList<>(book.scenarios().stream().map(Scenario::name).toList());
        byScenario.keySet().stream().filter(s -> !order.contains(s) && !s.equals(NO_SCENARIO)).sorted()
                .forEach(order::add);
        order.add(NO_SCENARIO);
        List<Section> sections = new ArrayList<>();
        for (String scenario : order) {
            List<SegmentRow> inScenario = byScenario.getOrDefault(scenario, List.of());
            addGroup(sections, scenario, codeSections(group(inScenario, SegmentRow::codeId), codesInOrder(), true));
        }
        return sections;
    }

    private List<Section> byDocument(List<SegmentRow> rows) {
        Map<Long, List<SegmentRow>> byDocument = group(rows, SegmentRow::documentId);
        return byDocument.values().stream()
                .sorted(Comparator.comparing((List<SegmentRow> d) -> d.get(0).date(),
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(d -> d.get(0).title(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .map(d -> new Section(Citations.document(d.get(0)), List.of(),
                        d.stream().map(r -> entry(r, r.code() + (r.frame() == null ? "" : " (" + r.frame() + ")"),
                                false)).toList()))
                .toList();
    }

    private List<Section> codeSections(Map<Long, List<SegmentRow>> byCode, List<Code> codes, boolean withFrame) {
        List<Section> sections = new ArrayList<>();
        for (Code code : codes) {
            List<SegmentRow> passages = byCode.get(code.id());
            if (passages != null) {
                String heading = withFrame && frameName(code) != null ? code.name() + " – " + frameName(code)
                        : code.name();
                sections.add(new Section(heading, List.of(), passages.stream().map(r -> entry(r, null, true)).toList()));
            }
        }
        return sections;
    }

    private static void addGroup(List<Section> sections, String heading, List<Section> subsections) {
        if (!subsections.isEmpty()) {
            sections.add(new Section(heading, subsections, List.of()));
        }
    }

    private static Entry entry(SegmentRow row, String label, boolean withDocument) {
        String citation = (withDocument ? Citations.document(row) + ", " : "") + Citations.place(row);
        return new Entry(label, null, row.text(), citation, row.memo() == null || row.memo().isBlank() ? null
                : "Memo: " + row.memo());
    }

    /** Codes in codebook order: each frame's codes in frame order, then the rest. */
    private List<Code> codesInOrder() {
        List<Code> ordered = new ArrayList<>();
        book.frames().forEach(f -> ordered.addAll(book.codesOf(f)));
        book.codes().stream().filter(c -> !ordered.contains(c)).forEach(ordered::add);
        return ordered;
    }

    private String frameName(Code code) {
        return code.frameId() == null ? null : book.frame(code.frameId()).map(Frame::name).orElse(null);
    }

    private static <K> Map<K, List<SegmentRow>> group(List<SegmentRow> rows, Function<SegmentRow, K> key) {
        Map<K, List<SegmentRow>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(Objects.requireNonNull(key.apply(r)), k -> new ArrayList<>()).add(r));
        return groups;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
