package org.parallax.analysis;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.MergedRanges;
import org.parallax.model.Segment;

/**
 * The chosen coders' segments of the chosen documents and codes, as merged character ranges per
 * document, code and coder; also which coders coded anything at all in each document.
 */
final class CoderLayers {
    private final Map<Long, Map<Long, MergedRanges[]>> byDocument = new HashMap<>();
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
        Map<Long, Map<Long, MergedRanges.Builder[]>> raw = new HashMap<>();
        for (Segment s : segments) {
            Integer coder = coderIndex.get(s.coderId());
            if (coder == null || !documentIds.contains(s.documentId()) || s.end() <= s.start()) {
                continue;
            }
            presentCoders.merge(s.documentId(), 1L << coder, (a, b) -> a | b);
            if (!codeIds.contains(s.codeId())) {
                continue;
            }
            MergedRanges.Builder[] perCoder = raw.computeIfAbsent(s.documentId(), d -> new HashMap<>())
                    .computeIfAbsent(s.codeId(), c -> new MergedRanges.Builder[coderCount]);
            if (perCoder[coder] == null) {
                perCoder[coder] = new MergedRanges.Builder();
            }
            perCoder[coder].add(s.start(), s.end());
        }
        raw.forEach((document, codes) -> {
            Map<Long, MergedRanges[]> merged = new HashMap<>();
            codes.forEach((code, perCoder) -> {
                MergedRanges[] layers = new MergedRanges[coderCount];
                for (int i = 0; i < coderCount; i++) {
                    layers[i] = perCoder[i] == null ? MergedRanges.EMPTY : perCoder[i].build();
                }
                merged.put(code, layers);
            });
            byDocument.put(document, merged);
        });
    }

    int coderCount() {
        return coderCount;
    }

    /** Bit i set when coder i has at least one segment (any code) in the document. */
    long presentCoders(long documentId) {
        return presentCoders.getOrDefault(documentId, 0L);
    }

    /** Each coder's ranges of {@code codeId} in the document (empty ranges for coders who did not apply it). */
    MergedRanges[] layers(long documentId, long codeId) {
        MergedRanges[] layers = byDocument.getOrDefault(documentId, Map.of()).get(codeId);
        if (layers == null) {
            layers = new MergedRanges[coderCount];
            Arrays.fill(layers, MergedRanges.EMPTY);
        }
        return layers;
    }
}
