package org.parallax.workbench;

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
        passages = List.copyOf(passages);
    }
}
