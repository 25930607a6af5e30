package org.parallax.ui.lens;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.analysis.PassageComparison;
import org.parallax.model.Coder;
import org.parallax.model.Segment;
import org.parallax.ui.coding.FrameLens;

/**
 * Builds the two sides of the split lens view: two frames and the passages coded under both, or two coders and
 * their disagreements.
 */
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

    /**
     * The sides for two coders' passages; a passage is a disagreement when the other coder has no passage of
     * the same code overlapping at least half their union ({@link PassageComparison}, as in practice mode).
     */
    static LensSide[] coderSides(DocumentPassages doc, String left, String right) {
        List<Segment> a = ofCoder(doc, left);
        List<Segment> b = ofCoder(doc, right);
        PassageComparison.Result result = PassageComparison.compare(a, b);
        return new LensSide[] {LensSide.ofCoder(left, doc, a, ids(result.extra())),
            LensSide.ofCoder(right, doc, b, ids(result.missed()))};
    }

    private static List<Segment> ofCoder(DocumentPassages doc, String name) {
        long id = doc.coders().stream().filter(c -> c.name().equals(name)).mapToLong(Coder::id).findFirst()
                .orElse(-1);
        return doc.passages().stream().filter(s -> s.coderId() == id).toList();
    }

    private static Set<Long> ids(List<Segment> passages) {
        Set<Long> out = new HashSet<>();
        passages.forEach(s -> out.add(s.id()));
        return out;
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
