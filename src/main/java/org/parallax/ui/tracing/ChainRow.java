package org.parallax.ui.tracing;

/**
 * A line of the causal chain: an event (shipped or the analyst's) or an evidence item, in date order; {@code eventId}
 * is the id of the analyst's own event (0 for anything else), which the window can remove.
 */
public record ChainRow(String date, String kind, String label, String posteriors, long eventId) {
}
