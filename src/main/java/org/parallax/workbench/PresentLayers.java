package org.parallax.workbench;

import java.lang.ref.WeakReference;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.parallax.model.Coder;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

/**
 * The coders whose layers hold passages, and which of them is the consensus layer, found once per snapshot of the
 * passages (every Table 1 asks): a team project's Table 1 after opening then needs no round trip to the server
 * (TeamWindowCachesTest). The snapshot is held weakly: a closed project's passages must not stay in memory through
 * this answer (ClosedProjectMemoryTest).
 */
final class PresentLayers {
    private record Found(WeakReference<List<Segment>> of, Set<Long> coders, Optional<Long> consensus) {
    }

    private volatile Found last;

    Set<Long> present(List<Segment> segments, Supplier<List<Coder>> coders) {
        return found(segments, coders).coders();
    }

    /** The consensus layer's coder id when it holds passages next to other layers' (ADR 0019). */
    Optional<Long> consensusBesideOthers(List<Segment> segments, Supplier<List<Coder>> coders) {
        return found(segments, coders).consensus();
    }

    private Found found(List<Segment> segments, Supplier<List<Coder>> coders) {
        Found found = last;
        if (found != null && found.of().get() == segments) {
            return found;
        }
        Set<Long> present = new HashSet<>();
        if (segments instanceof SegmentColumns columns) {
            // Neighbouring passages are mostly one coder's: a set lookup (and a boxed id) only where the coder changes
            // (a twentieth of the first Table 1 after opening 300,000 passages went to this loop).
            long previous = 0;
            for (int i = 0; i < columns.size(); i++) {
                long coder = columns.coderId(i);
                if (i == 0 || coder != previous) {
                    present.add(coder);
                    previous = coder;
                }
            }
        } else {
            segments.forEach(s -> present.add(s.coderId()));
        }
        // One layer (the usual single-coder project): nothing to leave out, and no reading of the coders.
        Optional<Long> consensus = present.size() < 2 ? Optional.empty() : coders.get().stream()
                .filter(c -> c.name().equals(Comparison.CONSENSUS) && present.contains(c.id()))
                .map(Coder::id).findFirst();
        found = new Found(new WeakReference<>(segments), Set.copyOf(present), consensus);
        last = found;
        return found;
    }
}
