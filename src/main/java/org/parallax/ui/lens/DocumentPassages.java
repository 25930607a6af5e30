package org.parallax.ui.lens;

import java.util.Comparator;
import java.util.List;
import org.parallax.model.Codebook;
import org.parallax.model.Coder;
import org.parallax.model.Segment;
import org.parallax.ui.common.VisiblePassages;
import org.parallax.workbench.Workbench;

/** A document's text with all its visible passages (no lens applied), the codebook and the project's coders. */
record DocumentPassages(long id, String text, List<Segment> passages, Codebook codebook, List<Coder> coders) {

    static DocumentPassages read(Workbench wb, long documentId) {
        List<Segment> passages = VisiblePassages.of(wb).stream().filter(s -> s.documentId() == documentId)
                .sorted(Comparator.comparingInt(Segment::start).thenComparingLong(Segment::id)).toList();
        return new DocumentPassages(documentId, wb.documents().text(documentId), passages, wb.codebook().current(),
                wb.coders());
    }
}
