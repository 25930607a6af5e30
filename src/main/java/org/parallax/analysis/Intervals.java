package org.parallax.analysis;

import java.util.Arrays;
import java.util.List;

/** Small operations on half-open character ranges: merging, total length, length of an intersection. */
final class Intervals {
    private Intervals() {
    }

    /** Merges ranges whose last two entries are start and end (touching ranges join); sorts a copy. */
    static CoderLayers.Ranges merge(List<int[]> ranges) {
        if (ranges.isEmpty()) {
            return CoderLayers.Ranges.EMPTY;
        }
        int[][] sorted = ranges.toArray(int[][]::new);
        Arrays.sort(sorted, (a, b) -> Integer.compare(a[a.length - 2], b[b.length - 2]));
        int[] starts = new int[sorted.length];
        int[] ends = new int[sorted.length];
        int n = 0;
        for (int[] r : sorted) {
            int start = r[r.length - 2];
            int end = r[r.length - 1];
            if (n > 0 && start <= ends[n - 1]) {
                ends[n - 1] = Math.max(ends[n - 1], end);
            } else {
                starts[n] = start;
                ends[n++] = end;
            }
        }
        return new CoderLayers.Ranges(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
    }

    static long length(CoderLayers.Ranges ranges) {
        long total = 0;
        for (int i = 0; i < ranges.starts().length; i++) {
            total += ranges.ends()[i] - ranges.starts()[i];
        }
        return total;
    }

    /** Characters in both merged range lists. */
    static long intersection(CoderLayers.Ranges a, CoderLayers.Ranges b) {
        long total = 0;
        int i = 0;
        int j = 0;
        while (i < a.starts().length && j < b.starts().length) {
            int start = Math.max(a.starts()[i], b.starts()[j]);
            int end = Math.min(a.ends()[i], b.ends()[j]);
            total += Math.max(0, end - start);
            if (a.ends()[i] < b.ends()[j]) {
                i++;
            } else {
                j++;
            }
        }
        return total;
    }
}
