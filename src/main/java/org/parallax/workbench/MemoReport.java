package org.parallax.workbench;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.io.ReportDocument;
import org.parallax.io.ReportDocument.Entry;
import org.parallax.io.ReportDocument.Section;
import org.parallax.model.Choices;
import org.parallax.model.MemoKind;
import org.parallax.model.MemoRow;

/**
 * Arranges memos into a {@link ReportDocument}: each memo's text under what it is about, author and dates,
 * a passage memo with its passage quoted; grouped by kind (journal, documents, codes, passages) or by document.
 */
final class MemoReport {
    /** How the memo report groups: by what the memos are about, or by document. */
    enum Grouping {
        KIND, DOCUMENT;

        static final Choices<Grouping> CHOICES = Choices.of(Grouping.class).alias("kinds", KIND)
                .alias("documents", DOCUMENT);
    }

    private static final Map<String, String> KIND_HEADINGS = Map.of(MemoKind.PROJECT.label(), "Research journal",
            MemoKind.DOCUMENT.label(), "Document memos", MemoKind.CODE.label(), "Code memos",
            MemoKind.PASSAGE.label(), "Passage memos");

    private MemoReport() {
    }

    static ReportDocument build(List<MemoRow> rows, Grouping grouping, List<String> lines) {
        Map<String, List<MemoRow>> groups = new LinkedHashMap<>();
        if (grouping == Grouping.KIND) {
            for (MemoKind kind : MemoKind.values()) {
                rows.stream().filter(r -> r.kind().equals(kind.label()))
                        .forEach(r -> groups.computeIfAbsent(KIND_HEADINGS.get(kind.label()), k -> new ArrayList<>()).add(r));
            }
        } else {
            rows.stream().filter(r -> r.documentId() != null)
                    .sorted(java.util.Comparator.comparing(MemoRow::documentId))
                    .forEach(r -> groups.computeIfAbsent(r.document(), k -> new ArrayList<>()).add(r));
            rows.stream().filter(r -> r.documentId() == null)
                    .forEach(r -> groups.computeIfAbsent(KIND_HEADINGS.get(r.kind()), k -> new ArrayList<>()).add(r));
        }
        List<Section> sections = new ArrayList<>();
        groups.forEach((heading, memos) -> sections.add(new Section(heading, List.of(),
                memos.stream().map(MemoReport::entry).toList())));
        return new ReportDocument("Memos", "memo", lines, List.of(), sections);
    }

    private static Entry entry(MemoRow r) {
        String label = (r.kind().equals(MemoKind.PROJECT.label()) ? "Project" : r.about())
                + (r.byline() == null ? "" : " — " + r.byline())
                + (r.modified() == null ? "" : ", " + r.modified().atOffset(ZoneOffset.UTC).toLocalDate());
        boolean passage = r.kind().equals(MemoKind.PASSAGE.label());
        return new Entry(label, r.text(), passage ? r.passage() : null,
                passage ? r.code() + " in " + r.document() : null, null);
    }
}
