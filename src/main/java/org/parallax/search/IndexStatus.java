package org.parallax.search;

import java.util.Set;

/**
 * How an index compares with the project database: which document ids are missing from it, which
 * are indexed with an outdated content hash, which it holds but the project no longer has.
 */
public record IndexStatus(State state, Set<Long> missing, Set<Long> stale, Set<Long> extra) {

    /** Overall verdict; everything but OK means the caller should rebuild or update. */
    public enum State { OK, MISSING, STALE, CORRUPT }

    public IndexStatus {
        missing = Set.copyOf(missing);
        stale = Set.copyOf(stale);
        extra = Set.copyOf(extra);
    }

    public static IndexStatus corrupt() {
        return new IndexStatus(State.CORRUPT, Set.of(), Set.of(), Set.of());
    }

    public boolean needsRebuild() {
        return state != State.OK;
    }
}
