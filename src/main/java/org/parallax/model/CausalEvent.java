package org.parallax.model;

import java.time.LocalDate;

/**
 * A dated event of the project: a marker on the causal chain and the timeline, and the start of the period named
 * after it; {@code id} is 0 until it is stored.
 */
public record CausalEvent(long id, LocalDate date, String label, String description) {
}
