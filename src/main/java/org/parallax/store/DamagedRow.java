package org.parallax.store;

import java.util.Map;

/**
 * A row whose values no longer match the checksum written with them, or one of whose values is kept in another
 * storage class than its column's ({@code misfit}, else null): the table, and the values as read now (the key and
 * what the row belongs to, for naming it; any of them may be the damaged one).
 */
public record DamagedRow(String table, Map<String, Object> values, Misfit misfit) {
    /**
     * A value SQLite keeps as {@code storedAs} ("blob", "integer", "real", "text") in a column that holds
     * {@code holds}: one flipped bit of its serial type does that and leaves the bytes, so it reads as saved.
     */
    public record Misfit(String column, String storedAs, String holds) {
    }

    public DamagedRow {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
    }

    /** A row that no longer matches its checksum. */
    public DamagedRow(String table, Map<String, Object> values) {
        this(table, values, null);
    }

    /** A value read as a whole number, or null when absent or not a number. */
    public Long number(String column) {
        return values.get(column) instanceof Number n ? n.longValue() : null;
    }

    /** A value as text, or null. */
    public String text(String column) {
        Object v = values.get(column);
        return v == null ? null : v.toString();
    }
}
