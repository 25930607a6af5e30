package org.parallax.store;

import java.util.Map;

/**
 * A row whose values no longer match the checksum written with them: the table, and the values as read now (the key
 * and what the row belongs to, for naming it; any of them may be the damaged one).
 */
public record DamagedRow(String table, Map<String, Object> values) {
    public DamagedRow {
        values = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(values));
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
