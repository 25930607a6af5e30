package org.parallax.analysis;

import java.util.Collection;
import java.util.List;
import org.parallax.model.Code;
import org.parallax.model.Segment;

/** Builds the id-to-index maps the analyses share, sized to the ids actually present. */
final class Indexes {
    private Indexes() {
    }

    /** Code ids to indexes in list order (a repeated id keeps its first index). */
    static LongIndex codes(List<Code> codes) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (Code code : codes) {
            min = Math.min(min, code.id());
            max = Math.max(max, code.id());
        }
        LongIndex index = LongIndex.forRange(codes.size(), min, max);
        for (Code code : codes) {
            index.indexOrAdd(code.id());
        }
        return index;
    }

    /** An empty index ready for the document ids of {@code segments}. */
    static LongIndex documentsOf(Collection<Segment> segments) {
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        for (Segment segment : segments) {
            min = Math.min(min, segment.documentId());
            max = Math.max(max, segment.documentId());
        }
        return LongIndex.forRange(1024, min, max);
    }
}
