package org.parallax.store;

import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What another program or team member committed to the project: the parts it touched and, where the backend
 * can tell, the keys of the rows by table (a passage is named by its document). A project file only knows that
 * something changed ({@link #everything()}); a team server names each change.
 *
 * @param parts the parts of the project the change touched
 * @param keys  by table name, the keys of the touched rows; a table with an empty set touched more rows than
 *              were named
 */
public record OutsideChange(Set<Part> parts, Map<String, Set<Long>> keys) {
    /** The parts of a project that views show and reload separately. */
    public enum Part {
        DOCUMENTS, CODEBOOK, SEGMENTS, CODERS, MEMOS, TRACING, SETTINGS
    }

    public OutsideChange {
        parts = parts.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(parts));
        Map<String, Set<Long>> copy = new HashMap<>();
        keys.forEach((table, ids) -> copy.put(table, Set.copyOf(ids)));
        keys = Map.copyOf(copy);
    }

    /** Something changed, nobody says what: every part. */
    public static OutsideChange everything() {
        return new OutsideChange(EnumSet.allOf(Part.class), Map.of());
    }

    /** A change to some rows of one table; {@code ids} empty when there were too many to name. */
    public static OutsideChange of(Part part, String table, Set<Long> ids) {
        return new OutsideChange(EnumSet.of(part), Map.of(table, ids));
    }

    public boolean touches(Part part) {
        return parts.contains(part);
    }

    public boolean isEmpty() {
        return parts.isEmpty();
    }

    /** Both changes together: a table's keys are unknown (empty) when either side does not know them. */
    public OutsideChange plus(OutsideChange other) {
        Set<Part> together = EnumSet.noneOf(Part.class);
        together.addAll(parts);
        together.addAll(other.parts);
        Map<String, Set<Long>> merged = new HashMap<>(keys);
        other.keys.forEach((table, ids) -> merged.merge(table, ids, (a, b) -> {
            if (a.isEmpty() || b.isEmpty()) {
                return Set.of();
            }
            Set<Long> both = new HashSet<>(a);
            both.addAll(b);
            return both;
        }));
        return new OutsideChange(together, merged);
    }
}
