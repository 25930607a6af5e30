package org.parallax.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of SQL work run by a {@link JdbcSession} on one of its connections. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
