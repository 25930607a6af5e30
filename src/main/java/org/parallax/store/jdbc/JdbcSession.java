package org.parallax.store.jdbc;

/**
 * The connection side of a JDBC backend, as the stores need it: work runs in a write transaction (one per
 * user action; nested writes join the outer one) or as a read, and the dialect names what differs.
 */
public interface JdbcSession {
    <T> T write(SqlWork<T> work);

    /**
     * As {@link #write}, where {@code references} checks once that every row the work adds refers to rows that are
     * there: a backend may run it in place of its check of each row's references (SQLite's foreign keys). By default
     * the backend keeps its own checks and {@code references} is not run (on a team server, row-level security may
     * hide rows a check would look for). Joined to an outer write, the outer write's checks stay.
     */
    default <T> T writeCheckingReferences(SqlWork<?> references, SqlWork<T> work) {
        return write(work);
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
