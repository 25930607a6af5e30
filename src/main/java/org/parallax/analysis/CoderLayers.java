package org.parallax.analysis;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Segment;

/**
 * The chosen coders' segments of the chosen documents and codes, as merged character ranges per
 * document, code and coder; also which coders coded anything at all in each document.
 */
final class CoderLayers {
    /** Merged, sorted ranges {@code [starts[i], ends[i])} of one coder's code in one document. */
    record Ranges(int[] starts, int[] ends) {
        static final Ranges EMPTY = new Ranges(new int[0], new int[0]);

        boolean overlaps(int start, int end) {
            int i = Arrays.binarySearch(starts, end);
            int candidate = (i >= 0 ? i : -i - 1) - 1;
            return candidate >= 0 && ends[candidate] > start;
        }
    }

    private final Map<Long, Map<Long, Ranges[]>> byDocument = new HashMap<>();
    private final Map<Long, Long> presentCoders = new HashMap<>();
    private final int coderCount;

    /** {@code coderIds} gives each coder its index (at most 63 coders). */
    CoderLayers(Collection<Segment> segments, Set<Long> documentIds, List<Long> coderIds, Set<Long> codeIds) {
        if (coderIds.size() > 63) {
            throw new IllegalArgumentException("Agreement supports at most 63 coders, not " + coderIds.size());
        }
        coderCount = coderIds.size();
        Map<Long, Integer> coderIndex = new HashMap<>();
        for (int i = 0; i < coderIds.size(); i++) {
            coderIndex.putIfAbsent(coderIds.get(i), i);
        }
        // Each range packed in one long (start high, end low) in a growable array per document, code and coder: an
        // int[2] per passage was about 30 bytes with its list slot, and at 3,000,000 passages (bench --scale 10 after
        // a second coder's merge) these lists alone outgrew a 512 MiB heap (docs/performance.md, issue 18).
        Map<Long, Map<Long, PackedRanges[]>> raw = new HashMap<>();
        for (Segment s : segments) {
            Integer coder = coderIndex.get(s.coderId());
            if (coder == null || !documentIds.contains(s.documentId()) || s.end() <= s.start()) {
                continue;
            }
            presentCoders.merge(s.documentId(), 1L << coder, (a, b) -> a | b);
            if (!codeIds.contains(s.codeId())) {
                continue;
            }
            PackedRanges[] perCoder = raw.computeIfAbsent(s.documentId(), d -> new HashMap<>())
                    .computeIfAbsent(s.codeId(), c -> new PackedRanges[coderCount]);
            if (perCoder[coder] == null) {
                perCoder[coder] = new PackedRanges();
            }
            perCoder[coder].add(s.start(), s.end());
        }
        raw.forEach((document, codes) -> {
            Map<Long, Ranges[]> merged = new HashMap<>();
            codes.forEach((code, perCoder) -> {
                Ranges[] layers = new Ranges[coderCount];
                for (int i = 0; i < coderCount; i++) {
                    layers[i] = perCoder[i] == null ? Ranges.EMPTY : perCoder[i].merged();
                }
                merged.put(code, layers);
            });
            byDocument.put(document, merged);
        });
    }

    /** One coder's ranges of one code in one document as they are collected, each packed in a long. */
    private static final class PackedRanges {
        private long[] packed = new long[4];
        private int size;

        void add(int start, int end) {
            if (size == packed.length) {
                packed = Arrays.copyOf(packed, size * 2);
            }
            // Offsets are never negative, so the packed values sort by start, then end.
            packed[size++] = (long) start << 32 | end;
        }

        /** Sorted, with overlapping and touching ranges joined. */
        Ranges merged() {
            Arrays.sort(packed, 0, size);
            int[] starts = new int[size];
            int[] ends = new int[size];
            int n = 0;
            for (int i = 0; i < size; i++) {
                int start = (int) (packed[i] >>> 32);
                int end = (int) packed[i];
                if (n > 0 && start <= ends[n - 1]) {
                    ends[n - 1] = Math.max(ends[n - 1], end);
                } else {
                    starts[n] = start;
                    ends[n++] = end;
                }
            }
            return new Ranges(Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
        }
    }

    int coderCount() {
        return coderCount;
    }

    /** Bit i set when coder i has at least one segment (any code) in the document. */
    long presentCoders(long documentId) {
        return presentCoders.getOrDefault(documentId, 0L);
    }

    /** Each coder's ranges of {@code codeId} in the document (empty ranges for coders who did not apply it). */
    Ranges[] layers(long documentId, long codeId) {
        Ranges[] layers = byDocument.getOrDefault(documentId, Map.of()).get(codeId);
        if (layers == null) {
            layers = new Ranges[coderCount];
            Arrays.fill(layers, Ranges.EMPTY);
        }
        return layers;
    }
}
