package org.parallax.ui.lens;

import java.util.Comparator;
import java.util.List;
import org.parallax.model.Codebook;
import org.parallax.model.Coder;
import org.parallax.model.Segment;
import org.parallax.ui.coding.DisplayLines;
import org.parallax.ui.common.VisiblePassages;
import org.parallax.workbench.Workbench;

/**
 * A document's text with all its visible passages (no lens applied), the codebook and the project's coders; with
 * the text's display lines, made here in the background read because they read the whole text.
 */
record DocumentPassages(long id, String text, List<Segment> passages, Codebook codebook, List<Coder> coders,
                        DisplayLines display) {

    static DocumentPassages read(Workbench wb, long documentId) {
        List<Segment> passages = VisiblePassages.of(wb).stream().filter(s -> s.documentId() == documentId)
                .sorted(Comparator.comparingInt(Segment::start).thenComparingLong(Segment::id)).toList();
        String text = wb.documents().text(documentId);
        return new DocumentPassages(documentId, text, passages, wb.codebook().current(), wb.coders(),
                DisplayLines.of(text));
    }
}
