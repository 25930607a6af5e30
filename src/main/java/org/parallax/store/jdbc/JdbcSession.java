package org.parallax.store.jdbc;

import java.util.EnumSet;
import java.util.Set;
import org.parallax.store.OutsideChange.Part;

/**
 * The connection side of a JDBC backend, as the stores need it: work runs in a write transaction (one per
 * user action; nested writes join the outer one) or as a read, and the dialect names what differs.
 */
public interface JdbcSession {
    /** What a write that does not say which parts of the project it changes is taken to have changed: all of them. */
    Set<Part> EVERY_PART = Set.copyOf(EnumSet.allOf(Part.class));

    /** As {@link #write(Set, SqlWork)} changing any part of the project ({@link #EVERY_PART}). */
    <T> T write(SqlWork<T> work);

    /**
     * Runs {@code work} in a write transaction that changes only {@code parts} of the project (nested, it joins the
     * outer one and adds them to its parts): the backend tells its own-commit listener the parts its writes named, so
     * it reads again only what comes from them. By default the backend does not tell them apart.
     */
    default <T> T write(Set<Part> parts, SqlWork<T> work) {
        return write(work);
    }

    /**
     * As {@link #write(Set, SqlWork)}, where {@code references} checks once that every row the work adds refers to rows that are
     * there: a backend may run it in place of its check of each row's references (SQLite's foreign keys). By default
     * the backend keeps its own checks and {@code references} is not run (on a team server, row-level security may
     * hide rows a check would look for). Joined to an outer write, the outer write's checks stay.
     */
    default <T> T writeCheckingReferences(Set<Part> parts, SqlWork<?> references, SqlWork<T> work) {
        return write(parts, work);
    }

    /**
     * As {@link #write}, for work no user waits for (packs written as a project closes): after it the backend lets
     * other programs' writes in before the caller's next one may begin.
     */
    default <T> T writeGivingWay(SqlWork<T> work) {
        return write(work);
    }

    <T> T read(SqlWork<T> work);

    /**
     * Runs {@code work}'s several statements on one state of the database (one read transaction), where a plain
     * {@link #read} may see a commit between two of them.
     */
    default <T> T readOneState(SqlWork<T> work) {
        return read(work);
    }

    Dialect dialect();

    /** Who is acting (the active coder's name), recorded as {@code changed_by} on versioned rows. */
    String actor();
}
