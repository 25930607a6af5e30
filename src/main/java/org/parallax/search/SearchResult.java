package org.parallax.search;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The answer to a query: the exact number of hits, hits per matching document id (documents that
 * match only through filters have 0), the first KWIC lines in document-id and offset order, and notes on how the
 * query was read (quoted words found in their exact forms only, common words left out), to show beside the totals,
 * and the matching documents whose text the project could not read for their lines (a damaged page).
 */
public record SearchResult(long totalHits, Map<Long, Integer> hitsPerDocument, List<KwicLine> lines,
                           List<String> notes, List<Long> unreadableDocuments) {

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
        unreadableDocuments = List.copyOf(unreadableDocuments);
    }

    public SearchResult(long totalHits, Map<Long, Integer> hitsPerDocument, List<KwicLine> lines) {
        this(totalHits, hitsPerDocument, lines, List.of(), List.of());
    }

    public SearchResult(long totalHits, Map<Long, Integer> hitsPerDocument, List<KwicLine> lines,
                        List<String> notes) {
        this(totalHits, hitsPerDocument, lines, notes, List.of());
    }

    /** The same answer with {@code more} notes after its own. */
    public SearchResult withNotes(List<String> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<String> all = new java.util.ArrayList<>(notes);
        all.addAll(more);
        return new SearchResult(totalHits, hitsPerDocument, lines, all, unreadableDocuments);
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
