package org.parallax.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Rows a copy and its team project share under other ids or without a version, kept in its {@link PullMark}: the
 * codes a lead's push added to the server ({@code pushedCodes}: the copy's id, then the server's; format 7), and the
 * events both sides agreed on ({@code events}: the copy's id, then a key of the event's date, label and description,
 * since events carry no version; format 8, empty under a mark written before events were recorded) with the server's
 * id of each a push added ({@code pushedEvents}).
 */
public record SharedRows(Map<Long, Long> pushedCodes, Optional<Map<Long, Long>> events, Map<Long, Long> pushedEvents) {
    /** What a mark written before format 7 shares: nothing known, events unknown. */
    public static final SharedRows NONE = new SharedRows(Map.of(), Optional.empty(), Map.of());

    public SharedRows {
        pushedCodes = Map.copyOf(pushedCodes);
        events = events.map(Map::copyOf);
        pushedEvents = Map.copyOf(pushedEvents);
    }

    /** What a pull copied: the events, by id, with their keys. */
    public static SharedRows pulled(Map<Long, Long> events) {
        return new SharedRows(Map.of(), Optional.of(events), Map.of());
    }

    /** These rows with the codes a push added (the copy's id, then the server's). */
    SharedRows withCodes(Map<Long, Long> codes) {
        Map<Long, Long> all = new HashMap<>(pushedCodes);
        all.putAll(codes);
        return new SharedRows(all, events, pushedEvents);
    }

    /**
     * These rows with the events a push found agreed or added (the copy's id, then its key) and those it added under
     * another id on the server; unchanged under a mark that never knew its events.
     */
    public SharedRows withEvents(Map<Long, Long> agreed, Map<Long, Long> pushed) {
        if (events.isEmpty()) {
            return this;
        }
        Map<Long, Long> keys = new HashMap<>(events.get());
        keys.putAll(agreed);
        Map<Long, Long> ids = new HashMap<>(pushedEvents);
        // An id agreed anew (an event added in an id the copy freed) is no longer the earlier event's.
        agreed.keySet().forEach(ids::remove);
        ids.putAll(pushed);
        return new SharedRows(pushedCodes, Optional.of(keys), ids);
    }

    /** An event's key in {@link #events}: its date, label and description as one text's key. */
    public static long eventKey(CausalEvent event) {
        return eventKey(event.date().toString(), event.label(), event.description());
    }

    /** The same key from the stored columns (the date as ISO text). */
    public static long eventKey(String date, String label, String description) {
        return MemoVersions.textKey(date + "\u0000" + label + "\u0000" + (description == null ? "" : description));
    }
}
