package org.parallax.workbench;

/**
 * The one line that says a search found nothing and what was searched, in the window's Search tab and from
 * {@code parallax search} alike: "0 hits in 0 documents" named no query and read as a count gone wrong.
 */
public final class NothingMatched {
    private NothingMatched() {
    }

    /** Whether a search's answer is nothing at all: no hit and no document (a negation alone matches documents). */
    public static boolean answer(long totalHits, int documents) {
        return totalHits == 0 && documents == 0;
    }

    /** "No passage matched 'QUERY'", with " (exact word forms)" when only the forms as typed were searched. */
    public static String line(String query, boolean exact) {
        return "No passage matched '" + query + "'" + (exact ? " (exact word forms)" : "");
    }
}
