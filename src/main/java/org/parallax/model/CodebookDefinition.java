package org.parallax.model;

import java.util.List;

/**
 * A codebook as a tree of names, independent of any project's ids: what the JSON codebook
 * format and the built-in templates carry. Every scenario also becomes a scenario code.
 */
public record CodebookDefinition(String name, List<FrameDefinition> frames,
                                 List<ScenarioDefinition> scenarios) {

    public CodebookDefinition {
        frames = List.copyOf(frames);
        scenarios = List.copyOf(scenarios);
    }

    /** A frame and its codes. */
    public record FrameDefinition(String name, String description, String color, List<CodeDefinition> codes) {
        public FrameDefinition {
            codes = List.copyOf(codes);
        }
    }

    /**
     * A code with its sub-codes; {@code expectedScenarios} names the scenarios in which the
     * frame expects this indicator (the editable Table 1 mapping).
     */
    public record CodeDefinition(String name, String color, String definition, int shortcut,
                                 List<String> expectedScenarios, List<CodeDefinition> children) {
        public CodeDefinition {
            expectedScenarios = expectedScenarios == null ? List.of() : List.copyOf(expectedScenarios);
            children = children == null ? List.of() : List.copyOf(children);
        }
    }

    /** A scenario, in column order. */
    public record ScenarioDefinition(String name, String description) {
    }
}
