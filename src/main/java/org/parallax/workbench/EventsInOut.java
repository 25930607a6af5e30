package org.parallax.workbench;

import java.util.List;
import org.parallax.model.CausalEvent;

/**
 * Adding or removing causal-chain events as one step of the undo history; an event comes back under its id, so a
 * team copy's record of what it agreed with the server still names it.
 */
final class EventsInOut implements Edit {
    private final Project project;
    private final String label;
    private final List<CausalEvent> events;
    private final boolean added;

    EventsInOut(Project project, String label, List<CausalEvent> events, boolean added) {
        this.project = project;
        this.label = label;
        this.events = List.copyOf(events);
        this.added = added;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public void apply() {
        if (added) {
            putBack();
        } else {
            takeOut();
        }
    }

    @Override
    public void revert() {
        if (added) {
            takeOut();
        } else {
            putBack();
        }
    }

    private void takeOut() {
        project.store.write(() -> {
            events.forEach(e -> project.tracing.deleteEvent(e.id()));
            return null;
        });
        project.fire(ProjectEvent.TRACING);
    }

    private void putBack() {
        project.tracing.putBackEvents(events);
        project.fire(ProjectEvent.TRACING);
    }
}
