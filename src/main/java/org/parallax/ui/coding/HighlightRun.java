package org.parallax.ui.coding;

import java.util.List;

/** A stretch {@code [start, end)} of a document's text covered by the same coded passages (maybe none). */
public record HighlightRun(int start, int end, List<Long> segmentIds, List<Long> codeIds) {

    public HighlightRun {
        segmentIds = List.copyOf(segmentIds);
        codeIds = List.copyOf(codeIds);
    }

    public int length() {
        return end - start;
    }

    public boolean isCoded() {
        return !segmentIds.isEmpty();
    }
}
