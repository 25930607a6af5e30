package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parallax.model.Segment;
import org.parallax.store.SegmentStore;

/**
 * All segments of the project held in memory, loaded once and kept in step with every write,
 * so tallies over hundreds of thousands of segments need no database round trip.
 */
final class SegmentCache {
    private final SegmentStore store;
    private final Runnable checkOutsideChanges;
    private Map<Long, Segment> byId;
    private List<Segment> snapshot;

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
    synchronized void invalidate() {
        byId = null;
        snapshot = null;
    }

    private Map<Long, Segment> loaded() {
        if (byId == null) {
            Map<Long, Segment> map = new LinkedHashMap<>();
            store.all().forEach(s -> map.put(s.id(), s));
            byId = map;
        }
        return byId;
    }
}
