package org.parallax.model;

/**
 * A theory frame (Realism, Constructivism, ...) that groups indicator codes; {@code version} as in {@link Code}.
 */
public record Frame(long id, String name, String description, String color, int position, long version) {
    /** A frame not read from a project (version 0). */
    public Frame(long id, String name, String description, String color, int position) {
        this(id, name, description, color, position, 0);
    }

    /** This frame under another name. */
    public Frame withName(String newName) {
        return new Frame(id, newName, description, color, position, version);
    }

    /** This frame as read at another stored version. */
    public Frame withVersion(long newVersion) {
        return new Frame(id, name, description, color, position, newVersion);
    }
}
