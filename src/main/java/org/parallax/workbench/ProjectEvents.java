package org.parallax.workbench;

import java.util.EnumSet;
import java.util.Set;
import org.parallax.store.OutsideChange;
import org.parallax.store.OutsideChange.Part;

/** Which views an outside change concerns: the project events to fire for the parts it touched. */
final class ProjectEvents {
    private ProjectEvents() {
    }

    /** The events in declaration order, so views refresh in the order they do after a change made here. */
    static Set<ProjectEvent> of(OutsideChange change) {
        Set<ProjectEvent> events = EnumSet.noneOf(ProjectEvent.class);
        for (Part part : change.parts()) {
            switch (part) {
                case DOCUMENTS -> events.add(ProjectEvent.DOCUMENTS);
                case CODEBOOK -> events.add(ProjectEvent.CODEBOOK);
                case SEGMENTS -> events.add(ProjectEvent.SEGMENTS);
                case CODERS -> events.add(ProjectEvent.CODERS);
                case MEMOS -> events.add(ProjectEvent.MEMOS);
                case TRACING -> events.add(ProjectEvent.TRACING);
                // Blind mode decides whose passages a coder may read, as switching it here does.
                case SETTINGS -> events.addAll(EnumSet.of(ProjectEvent.CODERS, ProjectEvent.SEGMENTS));
                default -> throw new IllegalStateException("unknown part " + part);
            }
        }
        return events;
    }
}
