package org.parallax.ui.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.model.Segment;

/** Cuts a text into runs where the set of covering passages is constant, for highlighting. */
public final class HighlightRuns {
    private HighlightRuns() {
    }

    /**
     * Runs that tile {@code [0, length)} exactly, in order; passages reaching past the text are clipped.
     * A sweep over the sorted passage boundaries, so 2,000 passages in a long transcript stay cheap.
     */
    public static List<HighlightRun> of(int length, Collection<Segment> segments) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, length));
        Segment[] sorted = segments.stream()
                .filter(s -> s.start() < length && s.end() > 0)
                .sorted((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                        : Long.compare(a.id(), b.id()))
                .toArray(Segment[]::new);
        for (Segment s : sorted) {
            cuts.add(Math.max(0, s.start()));
            cuts.add(Math.min(length, s.end()));
        }
        Integer[] points = cuts.toArray(Integer[]::new);
        List<HighlightRun> runs = new ArrayList<>(points.length);
        Set<Segment> active = new LinkedHashSet<>();
        int next = 0;
        for (int i = 0; i + 1 < points.length; i++) {
            int from = points[i];
            int to = points[i + 1];
            active.removeIf(s -> s.end() <= from);
            while (next < sorted.length && sorted[next].start() <= from) {
                if (sorted[next].end() > from) {
                    active.add(sorted[next]);
                }
                next++;
            }
            List<Long> ids = new ArrayList<>(active.size());
            List<Long> codes = new ArrayList<>(active.size());
            for (Segment s : active) {
                ids.add(s.id());
                if (!codes.contains(s.codeId())) {
                    codes.add(s.codeId());
                }
            }
            runs.add(new HighlightRun(from, to, ids, codes));
        }
        return runs;
    }

    /** The run containing {@code offset}, found by binary search; null outside the text. */
    public static HighlightRun at(List<HighlightRun> runs, int offset) {
        int[] starts = runs.stream().mapToInt(HighlightRun::start).toArray();
        int i = Arrays.binarySearch(starts, offset);
        int index = i >= 0 ? i : -i - 2;
        if (index < 0 || index >= runs.size() || offset >= runs.get(index).end()) {
            return null;
        }
        return runs.get(index);
    }
}
