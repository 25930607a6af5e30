package org.parallax.workbench;

import java.lang.ref.WeakReference;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

/**
 * The coders whose layers hold passages, found once per snapshot of the passages (every Table 1 asks). The snapshot
 * is held weakly: a closed project's passages must not stay in memory through this answer (ClosedProjectMemoryTest).
 */
final class PresentLayers {
    private record Found(WeakReference<List<Segment>> of, Set<Long> coders) {
    }

    private volatile Found last;

    Set<Long> present(List<Segment> segments) {
        Found found = last;
        if (found != null && found.of().get() == segments) {
            return found.coders();
        }
        Set<Long> coders = new HashSet<>();
        if (segments instanceof SegmentColumns columns) {
            for (int i = 0; i < columns.size(); i++) {
                coders.add(columns.coderId(i));
            }
        } else {
            segments.forEach(s -> coders.add(s.coderId()));
        }
        last = new Found(new WeakReference<>(segments), Set.copyOf(coders));
        return last.coders();
    }
}
