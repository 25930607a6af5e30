package org.parallax.ui.tracing;

import java.util.List;

/**
 * One evidence item as the table shows it: date, description, quote and source, whether its passage changed, and
 * per hypothesis "P(E|H) · test type · dB" in the set's order; {@code moved} is how far it moved the posteriors.
 */
public record EvidenceRow(long id, String date, String description, String quote, String source, String status,
                          String group, List<String> perHypothesis, String moved, long documentId, int start,
                          int end) {
}
