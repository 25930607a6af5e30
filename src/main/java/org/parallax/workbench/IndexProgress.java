package org.parallax.workbench;

import org.parallax.model.Counted;

/**
 * How far the search index has caught up with the documents: of the {@code total} documents queued for indexing
 * since the index was last complete, {@code indexed} are searchable. A search made meanwhile answers for those.
 * {@code problem} says why indexing stopped early (a full disk, a damaged index), or is null; {@code problemInTheWindow}
 * says the same as the window says it (File → Restore from backup… where the command line names parallax restore).
 */
public record IndexProgress(int indexed, int total, String problem, String problemInTheWindow) {
    /** Nothing waiting: every stored document is searchable. */
    public static final IndexProgress COMPLETE = new IndexProgress(0, 0, null);

    public IndexProgress(int indexed, int total) {
        this(indexed, total, null);
    }

    /** A problem said in the same words in the window and on the command line. */
    public IndexProgress(int indexed, int total, String problem) {
        this(indexed, total, problem, problem);
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
        return complete() ? "Search index ready"
                : "Indexing… " + percent() + "% (" + indexed + " of " + Counted.of(total, "document") + ")";
    }
}
