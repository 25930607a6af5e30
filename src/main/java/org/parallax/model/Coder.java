package org.parallax.model;

/** A person who codes; every segment records its coder. */
public record Coder(long id, String name) {
}
