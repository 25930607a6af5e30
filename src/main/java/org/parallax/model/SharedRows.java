package org.parallax.model;

import java.util.Map;

/**
 * Rows a copy and its team project share under other ids or without a version, kept in its {@link PullMark} (format
 * 7): the codes a lead's push added to the server ({@code pushedCodes}: the copy's id, then the server's), the events
 * both sides agreed on ({@code events}: the copy's id, then a key of the event's date, label and description, since
 * events carry no version) and the events a push added to the server ({@code pushedEvents}: the copy's id, then the
 * server's).
 */
public record SharedRows(Map<Long, Long> pushedCodes, Map<Long, Long> events, Map<Long, Long> pushedEvents) {
    /** What a mark written before format 7 shares: nothing known. */
    public static final SharedRows NONE = new SharedRows(Map.of(), Map.of(), Map.of());

    public SharedRows {
        pushedCodes = Map.copyOf(pushedCodes);
        events = Map.copyOf(events);
        pushedEvents = Map.copyOf(pushedEvents);
    }

    boolean isEmpty() {
        return pushedCodes.isEmpty() && events.isEmpty() && pushedEvents.isEmpty();
    }

    /** An event's key in {@link #events}: its date, label and description as one text's key. */
    public static long eventKey(CausalEvent event) {
        return MemoVersions.textKey(event.date() + "\u0000" + event.label() + "\u0000"
                + (event.description() == null ? "" : event.description()));
    }
}
