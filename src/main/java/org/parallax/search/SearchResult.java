package org.parallax.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The answer to a query: the exact number of hits, hits per matching document id (documents that
 * match only through filters have 0), the first KWIC lines in document-id and offset order, and notes on how the
 * query was read (quoted words found in their exact forms only, common words left out), to show beside the totals.
 */
public record SearchResult(long totalHits, Map<Long, Integer> hitsPerDocument, List<KwicLine> lines,
                           List<String> notes) {

    /** Order by document id, then offset: the order lines are returned in. */
    public static final Comparator<KwicLine> BY_DOCUMENT =
            Comparator.comparingLong(KwicLine::docId).thenComparingInt(KwicLine::start);
    /** Order by date (unknown last), then document and offset. */
    public static final Comparator<KwicLine> BY_DATE = Comparator
            .comparing(KwicLine::date, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(BY_DOCUMENT);
    /** Order by actor (unknown last), then document and offset. */
    public static final Comparator<KwicLine> BY_ACTOR = Comparator
            .comparing(KwicLine::actor, Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER)).thenComparing(BY_DOCUMENT);

    public SearchResult {
        hitsPerDocument = hitsPerDocument instanceof HitsPerDocument ? hitsPerDocument : Map.copyOf(hitsPerDocument);
        lines = List.copyOf(lines);
        notes = List.copyOf(notes);
    }

    public SearchResult(long totalHits, Map<Long, Integer> hitsPerDocument, List<KwicLine> lines) {
        this(totalHits, hitsPerDocument, lines, List.of());
    }

    SearchResult withNotes(List<String> notes) {
        return notes.isEmpty() ? this : new SearchResult(totalHits, hitsPerDocument, lines, notes);
    }

    public int matchingDocuments() {
        return hitsPerDocument.size();
    }

    /** True if more hits exist than lines were returned. */
    public boolean truncated() {
        return totalHits > lines.size();
    }

    public List<KwicLine> linesSortedBy(Comparator<KwicLine> order) {
        return lines.stream().sorted(order).toList();
    }
}
