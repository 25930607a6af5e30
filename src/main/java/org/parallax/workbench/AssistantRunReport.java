package org.parallax.workbench;

import java.util.Collections;
import java.util.List;
import org.parallax.model.Segment;

/**
 * What {@code assistant run} stored: the passages of the {@code assistant} layer in the chosen documents (its
 * previous passages there were replaced), how many documents it read, and the settings line stored as their
 * provenance.
 */
public record AssistantRunReport(int documents, List<Segment> passages, int replaced, String settings,
                                 String learntFrom) {
    public AssistantRunReport {
        // not copied: a layer of millions of passages is a view over its columns (AssistantLayer), not objects
        passages = Collections.unmodifiableList(passages);
    }
}
