package org.parallax.model;

/** A theory frame (Realism, Constructivism, ...) that groups indicator codes. */
public record Frame(long id, String name, String description, String color, int position) {
}
