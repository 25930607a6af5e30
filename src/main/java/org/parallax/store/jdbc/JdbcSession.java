package org.parallax.store.jdbc;

/**
 * The connection side of a JDBC backend, as the stores need it: work runs in a write transaction (one per
 * user action; nested writes join the outer one) or as a read, and the dialect names what differs.
 */
public interface JdbcSession {
    <T> T write(SqlWork<T> work);

    <T> T read(SqlWork<T> work);

    Dialect dialect();

    /** Who is acting (the active coder's name), recorded as {@code changed_by} on versioned rows. */
    String actor();
}
