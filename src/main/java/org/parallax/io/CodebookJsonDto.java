package org.parallax.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/** Jackson shapes of the codebook JSON format, kept apart from the model's records. */
final class CodebookJsonDto {
    private CodebookJsonDto() {
    }

    @JsonPropertyOrder({"formatVersion", "name", "scenarios", "frames"})
    record CodebookDto(Integer formatVersion, String name, List<ScenarioDto> scenarios, List<FrameDto> frames) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "description"})
    record ScenarioDto(String name, String description) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"name", "description", "color", "codes"})
    record FrameDto(String name, String description, String color, List<CodeDto> codes) {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    @JsonPropertyOrder({"name", "color", "shortcut", "definition", "inclusion", "exclusion", "expectedScenarios",
        "anchors", "children"})
    record CodeDto(String name, String color, String definition, Integer shortcut, String inclusion,
                   String exclusion, List<String> expectedScenarios, List<AnchorDto> anchors, List<CodeDto> children) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"document", "date", "quote"})
    record AnchorDto(String document, String date, String quote) {
    }
}
