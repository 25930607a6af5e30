package org.parallax.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.parallax.model.Segment;

/**
 * Which codes a unit of text carries, for the coding assistant's training and evaluation: a passage labels a
 * unit when it covers at least half of the unit, or lies wholly inside it. A passage that only grazes the
 * first words of the next sentence does not label that sentence; a short phrase coded inside a sentence does.
 */
public final class UnitLabels {
    private UnitLabels() {
    }

    /**
     * The code ids of the passages that label each unit (same order as {@code units}, which are in text order and
     * do not overlap, as {@link UnitSplitter} gives them); passages of one document.
     */
    public static List<Set<Long>> of(List<TextUnit> units, Collection<Segment> passages) {
        List<Segment> sorted = new ArrayList<>(passages);
        sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
        List<Set<Long>> out = new ArrayList<>(units.size());
        // Units come in text order, so a passage that ends before one unit starts cannot label a later unit: the
        // scan starts after the leading passages that have ended (not at the first passage for every unit, which
        // made a document of hundreds of units and passages cost their product).
        int first = 0;
        for (TextUnit unit : units) {
            while (first < sorted.size() && sorted.get(first).end() <= unit.start()) {
                first++;
            }
            Set<Long> codes = new TreeSet<>();
            for (int i = first; i < sorted.size(); i++) {
                Segment s = sorted.get(i);
                if (s.start() >= unit.end()) {
                    break;
                }
                if (labels(s, unit)) {
                    codes.add(s.codeId());
                }
            }
            out.add(codes);
        }
        return out;
    }

    /** True if the passage labels the unit. */
    public static boolean labels(Segment passage, TextUnit unit) {
        int overlap = Math.min(passage.end(), unit.end()) - Math.max(passage.start(), unit.start());
        if (overlap <= 0) {
            return false;
        }
        boolean inside = passage.start() >= unit.start() && passage.end() <= unit.end();
        return inside || 2L * overlap >= unit.end() - unit.start();
    }
}
