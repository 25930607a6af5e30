package org.parallax.workbench;

import java.util.List;

/**
 * The answer to a query for the window: exact totals, the first hits, or the reason a malformed query
 * was refused ({@code queryError}, null when the query was read). While the index is still catching up after an
 * import, {@code indexing} says how many documents the answer covers; {@code notes} say how the query was read
 * ({@link org.parallax.search.SearchResult#notes}).
 */
public record SearchHits(String query, long totalHits, int documents, List<SearchHit> hits, String queryError,
                         IndexProgress indexing, List<String> notes) {

    public SearchHits {
        hits = List.copyOf(hits);
        notes = List.copyOf(notes);
    }

    /** An answer over every stored document. */
    public SearchHits(String query, long totalHits, int documents, List<SearchHit> hits, String queryError) {
        this(query, totalHits, documents, hits, queryError, IndexProgress.COMPLETE, List.of());
    }

    static SearchHits malformed(String query, String message) {
        return new SearchHits(query, 0, 0, List.of(), message);
    }

    /** True if documents were still waiting to be indexed, so the totals may grow when the query runs again. */
    public boolean partial() {
        return !indexing.complete();
    }

    public boolean malformed() {
        return queryError != null;
    }

    /** True if more hits exist than were returned. */
    public boolean truncated() {
        return totalHits > hits.size();
    }
}
