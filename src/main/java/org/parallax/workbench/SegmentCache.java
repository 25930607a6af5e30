package org.parallax.workbench;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.model.Segment;
import org.parallax.model.SegmentColumns;
import org.parallax.store.OutsideChange;
import org.parallax.store.OutsideChange.Part;
import org.parallax.store.SegmentStore;

/**
 * All segments of the project held in memory, loaded once and kept in step with every write,
 * so tallies over hundreds of thousands of segments need no database round trip. They are held column by column
 * ({@link SegmentColumns}, about 48 bytes a passage), which Table 1 folds over without making a Segment each.
 *
 * <p>What other programs or members changed is only marked here ({@link #changedOutside}, {@link #invalidate})
 * without taking this cache's monitor: the store reports outside changes while holding its own lock, and a read
 * holding the monitor may be waiting for that lock to load passages. The next read reloads what was marked.
 */
final class SegmentCache {
    /** The table whose notifications name the documents whose passages changed (docs/team.md, "Live updates"). */
    private static final String SEGMENTS_TABLE = "segments";

    private final SegmentStore store;
    private final Runnable checkOutsideChanges;
    /** Null until loaded; replaced, never changed, by every write, so a reader keeps a consistent list. */
    private SegmentColumns columns;
    /** Everything is to be loaded again at the next read. */
    private volatile boolean wholeStale;
    /** Documents whose passages another member changed since they were loaded: reloaded at the next read. */
    private final Set<Long> staleDocuments = ConcurrentHashMap.newKeySet();

    /** {@code checkOutsideChanges} runs before every read and invalidates this cache if another program wrote. */
    SegmentCache(SegmentStore store, Runnable checkOutsideChanges) {
        this.store = store;
        this.checkOutsideChanges = checkOutsideChanges;
    }

    /** An unmodifiable snapshot, shared between reads until the next change (tallies call this often). */
    List<Segment> all() {
        // Outside the monitor: the check may invalidate this cache from the thread that holds the write lock.
        checkOutsideChanges.run();
        return snapshot();
    }

    private synchronized List<Segment> snapshot() {
        if (wholeStale) {
            // Cleared before loading: a change marked while the load runs is loaded by the next read.
            wholeStale = false;
            columns = null;
        }
        if (columns == null) {
            // Whatever was marked before this load is in it.
            staleDocuments.clear();
            columns = store.all();
        } else if (!staleDocuments.isEmpty()) {
            // Unmarked before the read, so a change marked while it runs is read again next time, never lost.
            Set<Long> documents = Set.copyOf(staleDocuments);
            staleDocuments.removeAll(documents);
            List<Segment> fresh = store.ofDocuments(documents);
            columns = columns.withoutDocuments(documents).appended(fresh);
        }
        return columns;
    }

    synchronized void added(Collection<Segment> segments) {
        // Not loaded yet: the next read loads them with the rest (loading here would read back what was just
        // written, a second copy of a 200,000-passage batch).
        if (columns != null) {
            columns = columns.appended(segments);
        }
    }

    synchronized void removed(Collection<Long> ids) {
        if (columns != null) {
            columns = columns.without(ids);
        }
    }

    /**
     * Lets the passages go when the project closes: whatever still holds the closed project (a caller's variable the
     * JVM keeps alive to the end of its method, a view) then no longer pins them, so the project opened next has the
     * heap (bench --scale 10 ran out of memory holding 3,000,000 passages twice, docs/performance.md, issue 18).
     */
    synchronized void release() {
        columns = null;
        staleDocuments.clear();
    }

    /** Drops the cache; the next read reloads from the database (after bulk changes such as deleting a code). */
    void invalidate() {
        wholeStale = true;
    }

    /**
     * Another program or member committed {@code change}. When it names the documents whose passages changed (a team
     * server's notification does, for up to 100), the next read reloads only those documents' passages: a passage
     * coded by another member costs one small query, not all 200,000 passages again. A change that names none, or
     * touches what passages carry or who may see them (memos, blind mode), drops the whole cache. Deletions the
     * database cascades (of a code, of a document) arrive as changes of passages too; a new member's coder row
     * changes no passage.
     */
    void changedOutside(OutsideChange change) {
        Set<Long> documents = change.keys().getOrDefault(SEGMENTS_TABLE, Set.of());
        if (change.touches(Part.MEMOS) || change.touches(Part.SETTINGS)
                || (change.touches(Part.SEGMENTS) && documents.isEmpty())) {
            invalidate();
        } else if (change.touches(Part.SEGMENTS)) {
            staleDocuments.addAll(documents);
        }
    }
}
