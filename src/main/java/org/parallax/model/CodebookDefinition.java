package org.parallax.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A codebook as a tree of names, independent of any project's ids: what the JSON codebook
 * format and the built-in templates carry. Every scenario also becomes a scenario code. Its readers clean the names
 * ({@link Names}); one made from a project holds the names as stored.
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
     * frame expects this indicator (the editable Table 1 mapping). {@code inclusion} and
     * {@code exclusion} are the guide's rules (null when not written), {@code anchors} its examples.
     */
    public record CodeDefinition(String name, String color, String definition, int shortcut,
                                 List<String> expectedScenarios, List<CodeDefinition> children,
                                 String inclusion, String exclusion, List<AnchorExample> anchors) {
        public CodeDefinition {
            expectedScenarios = expectedScenarios == null ? List.of() : List.copyOf(expectedScenarios);
            children = children == null ? List.of() : List.copyOf(children);
            anchors = anchors == null ? List.of() : List.copyOf(anchors);
        }

        /** A code without rules or anchor examples. */
        public CodeDefinition(String name, String color, String definition, int shortcut,
                              List<String> expectedScenarios, List<CodeDefinition> children) {
            this(name, color, definition, shortcut, expectedScenarios, children, null, null, List.of());
        }
    }

    /**
     * An anchor example: the quoted text of a coded passage that shows the code well, with the title
     * and date (null when unknown) of its document.
     */
    public record AnchorExample(String document, LocalDate date, String quote) {
    }

    /** A scenario, in column order. */
    public record ScenarioDefinition(String name, String description) {
    }
}
