package org.parallax.ui.lens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Code;
import org.parallax.model.Codebook;
import org.parallax.model.Segment;
import org.parallax.ui.coding.FrameLens;
import org.parallax.ui.coding.HighlightRun;
import org.parallax.ui.coding.HighlightRuns;
import org.parallax.ui.coding.HighlightStyle;

/**
 * One side of the split lens view: the document's text with the passages of one lens, cut into runs with
 * their inline CSS; passages also read under the other side's frame are outlined and bold.
 */
public record LensSide(FrameLens lens, String text, List<Segment> passages, List<HighlightRun> runs,
                       List<String> styles, Set<Long> shared) {
    /** Added to a run's style where a passage of this side overlaps one of the other side. */
    static final String SHARED_CSS = " -rtfx-border-stroke-color: #202020; -rtfx-border-stroke-width: 1.5;"
            + " -fx-font-weight: bold;";

    public LensSide {
        passages = List.copyOf(passages);
        runs = List.copyOf(runs);
        styles = List.copyOf(styles);
        shared = Set.copyOf(shared);
    }

    static LensSide of(FrameLens lens, DocumentPassages doc, List<Segment> passages, Set<Long> shared) {
        Codebook book = doc.codebook();
        Map<Long, Code> codes = book.codesById();
        List<HighlightRun> runs = HighlightRuns.of(doc.text().length(), passages);
        Map<List<Long>, String> cache = new HashMap<>();
        List<String> styles = new ArrayList<>(runs.size());
        for (HighlightRun run : runs) {
            String css = cache.computeIfAbsent(run.codeIds(), ids -> HighlightStyle.css(ids.stream()
                    .map(id -> codes.containsKey(id) ? codes.get(id).color() : null).toList()));
            boolean both = run.segmentIds().stream().anyMatch(shared::contains);
            styles.add(both ? css + SHARED_CSS : css);
        }
        return new LensSide(lens, doc.text(), passages, runs, styles, shared);
    }

    /** Whether the passage with this id is also read under the other side's frame. */
    public boolean isShared(long segmentId) {
        return shared.contains(segmentId);
    }
}
