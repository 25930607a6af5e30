package org.parallax.ui.passages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Code;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.Offsets;
import org.parallax.model.Segment;
import org.parallax.workbench.Workbench;

/** Builds passage rows from segments, loading each document's text once; runs in the background. */
public final class PassageRows {
    /** Longer quotes are cut in the list; the document view shows them whole. */
    static final int QUOTE_LIMIT = 400;

    private PassageRows() {
    }

    public static List<PassageRow> load(Workbench wb, Collection<Segment> segments) {
        Map<Long, Code> codes = wb.codebook().current().codesById();
        Map<Long, String> coders = new HashMap<>();
        for (Coder c : wb.coders()) {
            coders.put(c.id(), c.name());
        }
        // The coders this session may see: in blind mode the active coder alone, whose rows need no name.
        boolean severalCoders = wb.readableCoders().size() > 1;
        Map<Long, String> texts = new HashMap<>();
        Map<Long, String> titles = new HashMap<>();
        List<PassageRow> rows = new ArrayList<>(segments.size());
        for (Segment s : segments) {
            String text = texts.computeIfAbsent(s.documentId(), id -> wb.documents().text(id));
            String title = titles.computeIfAbsent(s.documentId(),
                    id -> wb.documents().get(id).map(Document::title).orElse("?"));
            Code code = codes.get(s.codeId());
            String quote = text.substring(Math.min(s.start(), text.length()), Math.min(s.end(), text.length()));
            if (quote.length() > QUOTE_LIMIT) {
                // Never between the two halves of a character: half of one shows as a box, or not at all.
                quote = quote.substring(0, Offsets.splitsCodePoint(quote, QUOTE_LIMIT) ? QUOTE_LIMIT - 1
                        : QUOTE_LIMIT) + "…";
            }
            rows.add(new PassageRow(s, title, quote.replace('\n', ' '), code == null ? "?" : code.name(),
                    code == null ? null : code.color(), coders.getOrDefault(s.coderId(), "?"),
                    s.memo() == null ? "" : s.memo(), severalCoders));
        }
        return rows;
    }
}
