package org.parallax.ui.lens;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Segment;
import org.parallax.ui.coding.FrameLens;

/** Builds the two sides of the split lens view and finds the passages coded under both frames. */
final class SplitLens {
    private SplitLens() {
    }

    /** The two sides for {@code left} and {@code right}; index 0 is the left side. */
    static LensSide[] sides(DocumentPassages doc, FrameLens left, FrameLens right) {
        List<Segment> a = left.filter(doc.passages(), doc.codebook());
        List<Segment> b = right.filter(doc.passages(), doc.codebook());
        return new LensSide[] {LensSide.of(left, doc, a, overlapping(a, b)), LensSide.of(right, doc, b,
                overlapping(b, a))};
    }

    /** The ids of passages in {@code these} that overlap a different passage in {@code others}. */
    static Set<Long> overlapping(List<Segment> these, List<Segment> others) {
        Set<Long> out = new HashSet<>();
        for (Segment s : these) {
            for (Segment o : others) {
                if (o.id() != s.id() && s.overlaps(o.start(), o.end())) {
                    out.add(s.id());
                    break;
                }
            }
        }
        return out;
    }
}
