package org.parallax.workbench;

import org.parallax.model.Counted;

/**
 * How far the search index has caught up with the documents: of the {@code total} documents queued for indexing
 * since the index was last complete, {@code indexed} are searchable. A search made meanwhile answers for those.
 * {@code problem} says why indexing stopped early (a full disk, a damaged index), or is null; {@code problemInTheWindow}
 * says the same as the window says it (File → Restore from backup… where the command line names parallax restore).
 * {@code leftOut} counts the documents the index lacks because their text could not be read ({@link UnindexedTexts}):
 * a search does not look into them, so the index is not ready for them, and saying "ready" alone hid that.
 */
public record IndexProgress(int indexed, int total, String problem, String problemInTheWindow, int leftOut) {
    /** Nothing waiting: every stored document is searchable. */
    public static final IndexProgress COMPLETE = new IndexProgress(0, 0, null, null, 0);

    public IndexProgress(int indexed, int total) {
        this(indexed, total, null, null, 0);
    }

    /** A problem said in the same words in the window and on the command line. */
    public IndexProgress(int indexed, int total, String problem) {
        this(indexed, total, problem, problem, 0);
    }

    public IndexProgress(int indexed, int total, String problem, String problemInTheWindow) {
        this(indexed, total, problem, problemInTheWindow, 0);
    }

    public boolean complete() {
        return indexed >= total;
    }

    /** Whole percent indexed, 100 when complete. */
    public int percent() {
        return complete() ? 100 : (int) (100L * indexed / total);
    }

    /** What the window shows while the index catches up, e.g. "Indexing… 40% (400 of 1000 documents)". */
    public String describe() {
        if (problem != null) {
            return "Indexing stopped (" + problemInTheWindow + "); it starts again before the next search";
        }
        return complete() ? "Search index ready" + leftOutClause()
                : "Indexing… " + percent() + "% (" + indexed + " of " + Counted.of(total, "document") + ")"
                + leftOutClause();
    }

    /** What the window shows once the index was built anew, e.g. "Search index rebuilt". */
    public String describeRebuilt() {
        return "Search index rebuilt" + leftOutClause();
    }

    /** Whether there is nothing to tell: every document searchable, nothing waiting, nothing stopped. */
    public boolean quiet() {
        return complete() && problem == null && leftOut == 0;
    }

    private String leftOutClause() {
        return leftOut == 0 ? "" : ", without " + (leftOut == 1 ? "1 document: its text cannot" : leftOut
                + " documents: their texts cannot") + " be read (the project file is damaged there), so searches "
                + "do not look into " + (leftOut == 1 ? "it" : "them");
    }
}
