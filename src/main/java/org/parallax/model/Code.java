package org.parallax.model;

/**
 * A code of the codebook. An indicator code belongs to a frame ({@code frameId});
 * a scenario code marks passages with a scenario ({@code scenarioId}); a code may be neither.
 * {@code shortcut} is 0 or a digit 1-9 used as a coding key. {@code inclusion} and {@code exclusion}
 * are the frame guide's rules for when to apply the code and when not (null when not written).
 * {@code version} is the stored version the code was read at (0 for a code not read from a project); a change
 * made against an older version than the stored one is refused. The name is as given or stored: names are cleaned
 * ({@link Names}) where they come in, so a read shows what the project holds.
 */
public record Code(long id, Long parentId, Long frameId, Long scenarioId, String name,
                   String color, String definition, int shortcut, int position,
                   String inclusion, String exclusion, long version) {
    /** A code not read from a project (version 0). */
    public Code(long id, Long parentId, Long frameId, Long scenarioId, String name,
                String color, String definition, int shortcut, int position,
                String inclusion, String exclusion) {
        this(id, parentId, frameId, scenarioId, name, color, definition, shortcut, position, inclusion, exclusion, 0);
    }


    /** A code without inclusion and exclusion rules. */
    public Code(long id, Long parentId, Long frameId, Long scenarioId, String name,
                String color, String definition, int shortcut, int position) {
        this(id, parentId, frameId, scenarioId, name, color, definition, shortcut, position, null, null);
    }

    public boolean isScenarioCode() {
        return scenarioId != null;
    }

    /** This code under another name. */
    public Code withName(String newName) {
        return new Code(id, parentId, frameId, scenarioId, newName, color, definition, shortcut, position,
                inclusion, exclusion, version);
    }

    /** This code with other inclusion and exclusion rules. */
    public Code withRules(String newInclusion, String newExclusion) {
        return new Code(id, parentId, frameId, scenarioId, name, color, definition, shortcut, position,
                newInclusion, newExclusion, version);
    }

    /** This code as read at another stored version. */
    public Code withVersion(long newVersion) {
        return new Code(id, parentId, frameId, scenarioId, name, color, definition, shortcut, position,
                inclusion, exclusion, newVersion);
    }
}
