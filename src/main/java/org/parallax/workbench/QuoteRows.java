package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.parallax.io.SegmentRow;
import org.parallax.io.TableSheet;
import org.parallax.model.Code;
import org.parallax.model.Codebook;

/**
 * One quote per row with the code's place in the codebook in columns (frame, parent codes, code, and the
 * whole path "Frame / Parent / Code"), as MAXQDA's coded-segment export has it.
 */
final class QuoteRows {
    static final List<String> HEADER = List.of("segment_id", "document_id", "title", "date", "type", "actor",
            "scenario", "frame", "parent", "code", "code_path", "coder", "start", "end", "quote", "memo");

    private QuoteRows() {
    }

    static TableSheet sheet(Codebook book, Iterable<SegmentRow> rows) {
        Map<Long, Code> codes = book.codesById();
        Map<Long, String> parents = new HashMap<>();
        codes.values().forEach(c -> parents.put(c.id(), parents(c, codes)));
        return new TableSheet("Quotes", HEADER, () -> new Iterator<List<Object>>() {
            private final Iterator<SegmentRow> it = rows.iterator();

            public boolean hasNext() {
                return it.hasNext();
            }

            public List<Object> next() {
                SegmentRow r = it.next();
                String parent = parents.get(r.codeId());
                List<String> path = new ArrayList<>();
                if (r.frame() != null) {
                    path.add(r.frame());
                }
                if (parent != null) {
                    path.add(parent);
                }
                path.add(r.code());
                return Arrays.asList(r.segmentId(), r.documentId(), r.title(), r.date(),
                        r.type() == null ? null : r.type().label(), r.actor(), r.scenario(), r.frame(), parent,
                        r.code(), String.join(" / ", path), r.coder(), r.start(), r.end(), r.text(), r.memo());
            }
        }).quoting("quote");
    }

    /** The parent codes from the top down, joined by " / "; null for a top-level code. A cycle stops the walk. */
    private static String parents(Code code, Map<Long, Code> codes) {
        List<String> chain = new ArrayList<>();
        Code at = code.parentId() == null ? null : codes.get(code.parentId());
        while (at != null && chain.size() < codes.size()) {
            chain.add(0, at.name());
            at = at.parentId() == null ? null : codes.get(at.parentId());
        }
        return chain.isEmpty() ? null : String.join(" / ", chain);
    }
}
