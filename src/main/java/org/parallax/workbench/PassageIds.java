package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;

/**
 * The ids of a set of passages as runs of consecutive ids. A batch's ids are one run, so the undo entry of
 * 2,000,000 passages stored at once holds two numbers where a copy of the passages took 96 MB (issue 18's
 * {@code bench --scale 10}, docs/performance.md); ids with gaps cost at most 16 bytes each.
 */
final class PassageIds {
    private final long[] firsts;
    private final long[] lasts;
    private final int size;

    private PassageIds(long[] firsts, long[] lasts, int size) {
        this.firsts = firsts;
        this.lasts = lasts;
        this.size = size;
    }

    static PassageIds of(List<Segment> segments) {
        long[] ids = new long[segments.size()];
        if (segments instanceof SegmentColumns columns) {
            // No Segment made per passage to learn its id. A batch's ids rise already: then they are not sorted again.
            boolean rising = true;
            for (int i = 0; i < ids.length; i++) {
                ids[i] = columns.id(i);
                rising &= i == 0 || ids[i] > ids[i - 1];
            }
            if (rising) {
                return runs(ids, ids.length);
            }
        } else {
            for (int i = 0; i < ids.length; i++) {
                ids[i] = segments.get(i).id();
            }
        }
        return ofIds(ids, ids.length);
    }

    /**
     * The first {@code count} entries of {@code ids}, in any order, repeats counted once: what a merge collects as it
     * inserts a chunk at a time. The array is sorted in place.
     */
    static PassageIds ofIds(long[] ids, int count) {
        Arrays.sort(ids, 0, count);
        return runs(ids, count);
    }

    /** The runs of the first {@code count} entries of {@code ids}, sorted. */
    private static PassageIds runs(long[] ids, int count) {
        int runs = 0;
        for (int i = 0; i < count; i++) {
            if (i == 0 || ids[i] > ids[i - 1] + 1) {
                runs++;
            }
        }
        long[] firsts = new long[runs];
        long[] lasts = new long[runs];
        int run = -1;
        int distinct = 0;
        for (int i = 0; i < count; i++) {
            if (i > 0 && ids[i] == ids[i - 1]) {
                continue;
            }
            distinct++;
            if (i == 0 || ids[i] > ids[i - 1] + 1) {
                firsts[++run] = ids[i];
            }
            lasts[run] = ids[i];
        }
        return new PassageIds(firsts, lasts, distinct);
    }

    /** The first id of each run, ascending; not to be changed. */
    long[] firsts() {
        return firsts;
    }

    /** The last id of each run (inclusive); not to be changed. */
    long[] lasts() {
        return lasts;
    }

    int size() {
        return size;
    }

    /** 16 bytes a run: two numbers for a batch, whose ids are one run. */
    long heldBytes() {
        return 16L * firsts.length;
    }

    /** The ids one by one, ascending (made when the passages are taken out: undo). */
    List<Long> asList() {
        List<Long> out = new ArrayList<>(size);
        for (int run = 0; run < firsts.length; run++) {
            for (long id = firsts[run]; id <= lasts[run]; id++) {
                out.add(id);
            }
        }
        return out;
    }
}
