package org.parallax.model;

/** A scenario of interaction, a column of Table 1; scenarios are ordered by {@code position};
 * {@code version} as in {@link Code}. */
public record Scenario(long id, String name, String description, int position, long version) {
    /** A scenario not read from a project (version 0). */
    public Scenario(long id, String name, String description, int position) {
        this(id, name, description, position, 0);
    }

    /** This scenario under another name. */
    public Scenario withName(String newName) {
        return new Scenario(id, newName, description, position, version);
    }

    /** This scenario as read at another stored version. */
    public Scenario withVersion(long newVersion) {
        return new Scenario(id, name, description, position, newVersion);
    }
}
