package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.CodebookDefinition.CodeDefinition;
import org.parallax.model.CodebookDefinition.FrameDefinition;
import org.parallax.model.ParallaxException;

class CodebookTemplatesTest {
    // Labels copied from /work/shared/docs/domain.md, "Table 1 of the study".
    private static final String PARTNERSHIP = "Partnership schemes / joint exercise";
    private static final String DIALOGUE = "Institutionalized dialogue";
    private static final String DISBANDING = "Disbanding of institutional interaction";

    private final CodebookDefinition table1 = CodebookTemplates.named("table1");

    @Test
    void table1UsesTheStudysLabelsExactly() {
        assertThat(table1.scenarios()).extracting(CodebookDefinition.ScenarioDefinition::name)
                .containsExactly(PARTNERSHIP, DIALOGUE, DISBANDING);
        assertThat(table1.frames()).extracting(FrameDefinition::name).containsExactly("Realism", "Constructivism");
        assertThat(codeNames(table1.frames().get(0))).containsExactly(
                "Balance of power",
                "Perception of threatening behavior",
                "Actions that are threatening to vital interests of either party");
        assertThat(codeNames(table1.frames().get(1))).containsExactly(
                "Convergence of norms",
                "Convergence of interests",
                "Seeking a common language and community",
                "Divergence in norms and values",
                "Break-down of common norms and values");
    }

    @Test
    void table1MapsIndicatorsToScenariosAsTheDefaultTableDoes() {
        Map<String, List<String>> expected = Map.of(
                "Balance of power", List.of(PARTNERSHIP, DIALOGUE),
                "Perception of threatening behavior", List.of(DIALOGUE, DISBANDING),
                "Actions that are threatening to vital interests of either party", List.of(DISBANDING),
                "Convergence of norms", List.of(PARTNERSHIP),
                "Convergence of interests", List.of(PARTNERSHIP),
                "Seeking a common language and community", List.of(DIALOGUE),
                "Divergence in norms and values", List.of(DISBANDING),
                "Break-down of common norms and values", List.of(DISBANDING));
        assertThat(codes().collect(Collectors.toMap(CodeDefinition::name, CodeDefinition::expectedScenarios)))
                .isEqualTo(expected);
    }

    @Test
    void table1GivesEachCodeItsOwnColourShortcutAndDefinition() {
        assertThat(codes().map(CodeDefinition::shortcut)).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
        assertThat(codes().map(CodeDefinition::color)).doesNotHaveDuplicates()
                .allMatch(c -> c.matches("#[0-9a-f]{6}"));
        assertThat(codes().map(CodeDefinition::definition)).allMatch(d -> d.endsWith(".") && d.length() > 40);
        assertThat(table1.frames()).allMatch(f -> f.description() != null && !f.description().isBlank());
        assertThat(codes().map(CodeDefinition::children)).allMatch(List::isEmpty);
    }

    @Test
    void table1ResourceIsInTheCanonicalLayoutTheWriterProduces() throws Exception {
        try (var in = CodebookTemplates.class.getResourceAsStream("templates/table1.json")) {
            String resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(CodebookJson.toJson(table1).replace(System.lineSeparator(), "\n")).isEqualTo(resource);
        }
    }

    @Test
    void unknownTemplateNameListsTheAvailableOnes() {
        assertThatThrownBy(() -> CodebookTemplates.named("table2"))
                .isInstanceOf(ParallaxException.class)
                .hasMessageContaining("'table2'")
                .hasMessageContaining("table1");
    }

    private Stream<CodeDefinition> codes() {
        return table1.frames().stream().flatMap(f -> f.codes().stream());
    }

    private static List<String> codeNames(FrameDefinition frame) {
        return frame.codes().stream().map(CodeDefinition::name).toList();
    }
}
