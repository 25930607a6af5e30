package org.parallax.store;

import java.sql.Connection;
import java.sql.SQLException;

/** A unit of SQL work run by {@link Database} on one of its connections. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
}
