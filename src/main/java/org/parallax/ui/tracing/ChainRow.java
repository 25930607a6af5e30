package org.parallax.ui.tracing;

/** A line of the causal chain: an event (shipped or the analyst's) or an evidence item, in date order. */
public record ChainRow(String date, String kind, String label, String posteriors) {
}
