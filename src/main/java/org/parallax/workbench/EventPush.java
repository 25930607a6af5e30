package org.parallax.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.CausalEvent;
import org.parallax.model.PullMark;
import org.parallax.model.SharedRows;

/**
 * The project's events in one {@link TeamPush}, by the codebook's rules: an event added in the copy is added to the team
 * project by a lead's push (matched by date and label, so never twice) and named for a coder's; one removed in the
 * copy is named, since a push removes nothing there. Events carry no version and are never edited, so the copy's
 * {@link PullMark} keeps a key of what each said when both sides last agreed (ADR 0029).
 */
final class EventPush {
    /** What the copy and the server agree on once the push commits: keys by the copy's id, server ids apart. */
    record Agreed(Map<Long, Long> keys, Map<Long, Long> serverIds) {
    }

    private final Project team;
    private final String copyName;
    private final PushReport.Builder report;

    EventPush(Project team, String copyName, PushReport.Builder report) {
        this.team = team;
        this.copyName = copyName;
        this.report = report;
    }

    /**
     * Sends the copy's events the server lacks when {@code lead}, names the others. Under a mark written before events
     * were recorded, which does not say which events were pulled, nothing is sent or named.
     */
    Agreed send(List<CausalEvent> copyEvents, Optional<PullMark> mark, boolean lead) {
        Optional<SharedRows> shared = mark.map(PullMark::shared);
        Map<Long, Long> agreedBefore = shared.isEmpty() ? Map.of() : shared.get().events().orElse(null);
        Map<Long, Long> keys = new HashMap<>();
        Map<Long, Long> serverIds = new HashMap<>();
        if (agreedBefore == null) {
            return new Agreed(keys, serverIds);
        }
        List<CausalEvent> server = new ArrayList<>(team.tracing.events());
        Set<Long> held = new HashSet<>();
        for (CausalEvent event : copyEvents) {
            long key = SharedRows.eventKey(event);
            // Events are added and removed, never edited: another key under an agreed id is an event added in the id
            // the copy freed by removing the agreed one.
            if (Long.valueOf(key).equals(agreedBefore.get(event.id()))) {
                held.add(event.id());
                continue;
            }
            Optional<CausalEvent> there = server.stream().filter(e -> e.date().equals(event.date())
                    && e.label().equals(event.label())).findFirst();
            if (there.isEmpty() && !lead) {
                report.conflict("event " + name(event) + " was added in " + copyName + ": a coder's push sends "
                        + "passages and memos, not events (a lead adds it in the team project)");
                continue;
            }
            CausalEvent onServer = there.orElseGet(() -> {
                CausalEvent added = team.tracing.addEvent(event.date(), event.label(), event.description());
                server.add(added);
                report.eventAdded();
                return added;
            });
            keys.put(event.id(), key);
            if (onServer.id() != event.id()) {
                serverIds.put(event.id(), onServer.id());
            }
        }
        Map<Long, Long> pushed = shared.map(SharedRows::pushedEvents).orElse(Map.of());
        agreedBefore.keySet().stream().filter(id -> !held.contains(id)).sorted().forEach(id -> {
            long serverId = pushed.getOrDefault(id, id);
            server.stream().filter(e -> e.id() == serverId).findFirst().ifPresent(e -> report.conflict("event "
                    + name(e) + " was removed in " + copyName + ": a push removes nothing from the team project (a "
                    + "lead removes it there)"));
        });
        return new Agreed(keys, serverIds);
    }

    private static String name(CausalEvent event) {
        return event.date() + " " + event.label();
    }
}
