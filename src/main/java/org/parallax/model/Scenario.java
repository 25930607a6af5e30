package org.parallax.model;

/** A scenario of interaction, a column of Table 1; scenarios are ordered by {@code position}. */
public record Scenario(long id, String name, String description, int position) {
}
