package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.parallax.model.Segment;
import org.parallax.store.OutsideChange;
import org.parallax.store.OutsideChange.Part;
import org.parallax.store.SegmentStore;

/**
 * All segments of the project held in memory, loaded once and kept in step with every write,
 * so tallies over hundreds of thousands of segments need no database round trip.
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
    private Map<Long, Segment> byId;
    private List<Segment> snapshot;
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
            byId = null;
            snapshot = null;
        }
        if (!staleDocuments.isEmpty()) {
            snapshot = null;
        }
        if (snapshot == null) {
            snapshot = Collections.unmodifiableList(new ArrayList<>(loaded().values()));
        }
        return snapshot;
    }

    synchronized void added(Collection<Segment> segments) {
        // Not loaded yet: the next read loads them with the rest (loading here would read back what was just
        // written, a second copy of a 200,000-passage batch).
        if (byId != null) {
            segments.forEach(s -> byId.put(s.id(), s));
        }
        snapshot = null;
    }

    synchronized void removed(Collection<Long> ids) {
        if (byId != null) {
            ids.forEach(byId::remove);
        }
        snapshot = null;
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

    private Map<Long, Segment> loaded() {
        if (byId == null) {
            // Whatever was marked before this load is in it.
            staleDocuments.clear();
            Map<Long, Segment> map = new LinkedHashMap<>();
            store.all().forEach(s -> map.put(s.id(), s));
            byId = map;
        } else if (!staleDocuments.isEmpty()) {
            // Unmarked before the read, so a change marked while it runs is read again next time, never lost.
            Set<Long> documents = Set.copyOf(staleDocuments);
            staleDocuments.removeAll(documents);
            List<Segment> fresh = store.ofDocuments(documents);
            byId.values().removeIf(s -> documents.contains(s.documentId()));
            fresh.forEach(s -> byId.put(s.id(), s));
        }
        return byId;
    }
}
