package org.parallax.workbench;

import java.util.AbstractList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

/**
 * A snapshot of passages grouped by document, each document's in the snapshot's own order, held as positions into
 * the snapshot (4 bytes a passage) rather than as lists of passages: an export walking 2,000,000 passages document
 * by document makes a {@link Segment} only for the document it is at.
 */
final class PassagesByDocument {
    private static final int[] NONE = new int[0];

    private final List<Segment> passages;
    private final Map<Long, int[]> positions = new HashMap<>();

    PassagesByDocument(List<Segment> passages) {
        this(passages, i -> true);
    }

    /** Only the passages at the positions {@code keep} accepts. */
    PassagesByDocument(List<Segment> passages, IntPredicate keep) {
        this.passages = passages;
        Map<Long, int[]> counts = new HashMap<>();
        for (int i = 0; i < passages.size(); i++) {
            if (keep.test(i)) {
                counts.computeIfAbsent(documentId(i), k -> new int[1])[0]++;
            }
        }
        counts.forEach((document, count) -> positions.put(document, new int[count[0]]));
        counts.values().forEach(count -> count[0] = 0);
        for (int i = 0; i < passages.size(); i++) {
            if (keep.test(i)) {
                long document = documentId(i);
                positions.get(document)[counts.get(document)[0]++] = i;
            }
        }
    }

    /** The documents holding at least one passage. */
    Set<Long> documents() {
        return positions.keySet();
    }

    /** The passages of a document, in the snapshot's order; empty when it has none. */
    List<Segment> of(long documentId) {
        int[] at = positions.getOrDefault(documentId, NONE);
        return new AbstractList<>() {
            @Override
            public Segment get(int index) {
                return passages.get(at[index]);
            }

            @Override
            public int size() {
                return at.length;
            }
        };
    }

    private long documentId(int position) {
        return passages instanceof SegmentColumns columns ? columns.documentId(position)
                : passages.get(position).documentId();
    }
}
