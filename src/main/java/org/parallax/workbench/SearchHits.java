package org.parallax.workbench;

import java.util.List;

/**
 * The answer to a query for the window: exact totals, the first hits, or the reason a malformed query
 * was refused ({@code queryError}, null when the query was read).
 */
public record SearchHits(String query, long totalHits, int documents, List<SearchHit> hits, String queryError) {

    public SearchHits {
        hits = List.copyOf(hits);
    }

    static SearchHits malformed(String query, String message) {
        return new SearchHits(query, 0, 0, List.of(), message);
    }

    public boolean malformed() {
        return queryError != null;
    }

    /** True if more hits exist than were returned. */
    public boolean truncated() {
        return totalHits > hits.size();
    }
}
