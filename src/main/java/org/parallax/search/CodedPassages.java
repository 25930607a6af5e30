package org.parallax.search;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.parallax.model.MergedRanges;
import org.parallax.model.TextRange;

/**
 * The passages of one code (or of one memo search) by document: as given, and merged into sorted disjoint ranges for
 * the {@code code:} filter. Made once and read by every search while the passages stay as they are: merging each
 * document's passages again in every search, and looking documents up by boxed id, took a sixth of a warm
 * {@code code:} search (docs/performance.md, "Issue 18, session 18").
 */
public final class CodedPassages {
    /** Documents with at least one passage, in increasing id order. */
    private final long[] ids;
    private final MergedRanges[] merged;
    private final List<TextRange>[] given;

    @SuppressWarnings("unchecked")
    private CodedPassages(Map<Long, List<TextRange>> byDocument) {
        long[] withPassages = byDocument.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .mapToLong(Map.Entry::getKey).sorted().toArray();
        ids = withPassages;
        merged = new MergedRanges[ids.length];
        given = new List[ids.length];
        for (int i = 0; i < ids.length; i++) {
            given[i] = byDocument.get(ids[i]);
            merged[i] = MergedRanges.of(given[i]);
        }
    }

    /** The passages of {@code byDocument} (document id to its passages, each list sorted by start). */
    public static CodedPassages of(Map<Long, List<TextRange>> byDocument) {
        return new CodedPassages(byDocument);
    }

    /** Whether the document has a passage. */
    boolean has(long docId) {
        return Arrays.binarySearch(ids, docId) >= 0;
    }

    /** The document's passages merged; empty when it has none. */
    MergedRanges merged(long docId) {
        int i = Arrays.binarySearch(ids, docId);
        return i >= 0 ? merged[i] : MergedRanges.EMPTY;
    }

    /** The document's passages as given, sorted by start; empty when it has none. */
    List<TextRange> given(long docId) {
        int i = Arrays.binarySearch(ids, docId);
        return i >= 0 ? given[i] : List.of();
    }
}
