package org.parallax.workbench;

import java.util.List;
import org.parallax.model.CausalEvent;

/**
 * Adding or removing causal-chain events as one step of the undo history; an event comes back under its id, so a
 * team copy's record of what it agreed with the server still names it.
 */
final class EventsInOut extends InOutEdit {
    private final Project project;
    private final String label;
    private final List<CausalEvent> events;

    EventsInOut(Project project, String label, List<CausalEvent> events, boolean added) {
        super(added);
        this.project = project;
        this.label = label;
        this.events = List.copyOf(events);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    void takeOut() {
        project.store.write(() -> {
            events.forEach(e -> project.tracing.deleteEvent(e.id()));
            return null;
        });
        project.fire(ProjectEvent.TRACING);
    }

    @Override
    void putIn() {
        project.tracing.putBackEvents(events);
        project.fire(ProjectEvent.TRACING);
    }
}
