package org.parallax.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;
import org.parallax.store.UnreadableValueException;

/**
 * Reads stored text that must parse (times, dates, kinds): a value that does not is damage named by its table, row
 * and column ({@link UnreadableValueException}), never the parser's own words, and never confused with a fault of
 * the program, which goes on as what it is.
 */
final class StoredValues {
    private StoredValues() {
    }

    /** The column's text parsed, or null when NULL. */
    static <T> T parse(ResultSet rs, int column, String table, Function<String, T> parser) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            return null;
        }
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            throw unreadable(rs, column, table, e);
        }
    }

    /** Text a NOT NULL column holds: NULL there is damage (a flipped bit in the row's header makes one). */
    static String required(ResultSet rs, int column, String table) throws SQLException {
        String text = rs.getString(column);
        if (text == null) {
            throw unreadable(rs, column, table, new IllegalStateException("NULL in a column that is never NULL"));
        }
        return text;
    }

    static Instant instant(ResultSet rs, int column, String table) throws SQLException {
        return parse(rs, column, table, StoredInstants::parse);
    }

    /** A date, or null when NULL or empty. */
    static LocalDate date(ResultSet rs, int column, String table) throws SQLException {
        return parse(rs, column, table, text -> text.isEmpty() ? null : LocalDate.parse(text));
    }

    /** The failure for a row whose values do not fit together (a memo kind without its target). */
    static UnreadableValueException unreadable(ResultSet rs, int column, String table, RuntimeException e)
            throws SQLException {
        return new UnreadableValueException(table, rowId(rs), rs.getMetaData().getColumnLabel(column), e);
    }

    private static Long rowId(ResultSet rs) {
        try {
            long id = rs.getLong("id");
            return rs.wasNull() ? null : id;
        } catch (SQLException noIdColumn) {
            return null;
        }
    }
}
