package org.parallax.ui.tracing;

/**
 * A line of the causal chain: one of the project's events or an evidence item, in date order; {@code eventId} is the
 * event's id (0 for an evidence item), by which the window removes it.
 */
public record ChainRow(String date, String kind, String label, String posteriors, long eventId) {
}
