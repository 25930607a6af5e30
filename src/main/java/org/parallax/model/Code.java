package org.parallax.model;

/**
 * A code of the codebook. An indicator code belongs to a frame ({@code frameId});
 * a scenario code marks passages with a scenario ({@code scenarioId}); a code may be neither.
 * {@code shortcut} is 0 or a digit 1-9 used as a coding key.
 */
public record Code(long id, Long parentId, Long frameId, Long scenarioId, String name,
                   String color, String definition, int shortcut, int position) {

    public boolean isScenarioCode() {
        return scenarioId != null;
    }
}
