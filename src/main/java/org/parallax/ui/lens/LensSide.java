package org.parallax.ui.lens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Segment;
import org.parallax.ui.coding.DisplayLines;
import org.parallax.ui.coding.FrameLens;
import org.parallax.ui.coding.HighlightRun;
import org.parallax.ui.coding.HighlightRuns;
import org.parallax.ui.coding.HighlightStyle;

/**
 * One side of the split lens view: the document's text with the passages of one lens or one coder, cut into
 * runs with their inline CSS; passages also read under the other side's frame are outlined and bold, and in
 * coder mode passages the other coder has no match for are outlined in red as disagreements.
 */
public record LensSide(FrameLens lens, String coder, String text, List<Segment> passages, List<HighlightRun> runs,
                       List<String> styles, Set<Long> shared, Set<Long> disagreements, DisplayLines display) {
    /** Added to a run's style where a passage of this side overlaps one of the other side. */
    static final String SHARED_CSS = " -rtfx-border-stroke-color: #202020; -rtfx-border-stroke-width: 1.5;"
            + " -fx-font-weight: bold;";
    /** Added to a run's style where a passage of this coder has no matching passage of the other coder. */
    static final String DISAGREEMENT_CSS = " -rtfx-border-stroke-color: #c0392b; -rtfx-border-stroke-width: 1.5;"
            + " -rtfx-border-stroke-dash-array: 4 2;";

    public LensSide {
        passages = List.copyOf(passages);
        runs = List.copyOf(runs);
        styles = List.copyOf(styles);
        shared = Set.copyOf(shared);
        disagreements = Set.copyOf(disagreements);
    }

    static LensSide of(FrameLens lens, DocumentPassages doc, List<Segment> passages, Set<Long> shared) {
        return of(lens, null, doc, passages, shared, Set.of());
    }

    /** One coder's side: all that coder's passages, with {@code disagreements} outlined in red. */
    static LensSide ofCoder(String coder, DocumentPassages doc, List<Segment> passages, Set<Long> disagreements) {
        return of(FrameLens.ALL, coder, doc, passages, Set.of(), disagreements);
    }

    private static LensSide of(FrameLens lens, String coder, DocumentPassages doc, List<Segment> passages,
                               Set<Long> shared, Set<Long> disagreements) {
        Codebook book = doc.codebook();
        Map<Long, Code> codes = book.codesById();
        List<HighlightRun> runs = HighlightRuns.of(doc.text().length(), passages);
        Map<List<Long>, String> cache = new HashMap<>();
        List<String> styles = new ArrayList<>(runs.size());
        for (HighlightRun run : runs) {
            String css = cache.computeIfAbsent(run.codeIds(), ids -> HighlightStyle.css(ids.stream()
                    .map(id -> codes.containsKey(id) ? codes.get(id).color() : null).toList()));
            boolean both = run.segmentIds().stream().anyMatch(shared::contains);
            boolean disagreed = run.segmentIds().stream().anyMatch(disagreements::contains);
            styles.add(css + (both ? SHARED_CSS : "") + (disagreed ? DISAGREEMENT_CSS : ""));
        }
        return new LensSide(lens, coder, doc.text(), passages, runs, styles, shared, disagreements, doc.display());
    }

    /** The passages this side shows over {@code offset} of the stored text, innermost (latest starting) first. */
    public List<Segment> passagesAt(int offset) {
        List<Segment> here = new ArrayList<>();
        for (Segment passage : passages) {
            if (passage.start() <= offset && offset < passage.end()) {
                here.add(0, passage);
            }
        }
        return here;
    }

    /** Whether the passage with this id is also read under the other side's frame. */
    public boolean isShared(long segmentId) {
        return shared.contains(segmentId);
    }

    /** Whether the passage with this id has no matching passage of the other side's coder. */
    public boolean isDisagreement(long segmentId) {
        return disagreements.contains(segmentId);
    }
}
