package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.CodebookDefinition.AnchorExample;
import org.parallax.model.CodebookDefinition.CodeDefinition;
import org.parallax.model.CodebookDefinition.FrameDefinition;
import org.parallax.model.ParallaxException;

class CodebookGuideJsonTest {
    @TempDir
    Path dir;

    @Test
    void rulesAndAnchorExamplesSurviveAWriteAndRead() {
        CodeDefinition child = new CodeDefinition("Threat from enlargement", null, "Enlargement seen as a threat.", 0,
                List.of(), List.of(), "Use for enlargement.", null,
                List.of(new AnchorExample(null, null, "NATO expansion represents a serious provocation")));
        CodebookDefinition book = new CodebookDefinition("Guide", List.of(new FrameDefinition("Realism", "Power first.",
                "#1f4e99", List.of(new CodeDefinition("Perception of threatening behavior", "#9467bd",
                        "Conduct presented as a threat.", 2, List.of(), List.of(child), "When a speaker calls it a threat.",
                        "Not for bare reports of acts.", List.of(new AnchorExample("Munich speech",
                                LocalDate.of(2007, 2, 10), "It represents a serious provocation")))))), List.of());
        Path file = dir.resolve("guide.json");

        CodebookJson.write(book, file);
        CodebookDefinition read = CodebookJson.read(file);

        assertThat(read).isEqualTo(book);
        CodeDefinition code = read.frames().get(0).codes().get(0);
        assertThat(code.inclusion()).isEqualTo("When a speaker calls it a threat.");
        assertThat(code.anchors()).singleElement().extracting(AnchorExample::date).isEqualTo(LocalDate.of(2007, 2, 10));
    }

    @Test
    void versionOneFilesStillReadWithoutRulesOrAnchors() {
        CodebookDefinition read = read("""
                {"formatVersion": 1, "name": "Old", "frames": [{"name": "Realism",
                  "codes": [{"name": "Balance of power", "definition": "Weighs power."}]}]}""");

        CodeDefinition code = read.frames().get(0).codes().get(0);
        assertThat(code.definition()).isEqualTo("Weighs power.");
        assertThat(code.inclusion()).isNull();
        assertThat(code.exclusion()).isNull();
        assertThat(code.anchors()).isEmpty();
    }

    @Test
    void anchorWithABadDateOrNoQuoteIsRejectedNamingTheCode() {
        assertThatThrownBy(() -> read("""
                {"formatVersion": 2, "name": "X", "frames": [{"name": "F", "codes": [{"name": "C",
                  "anchors": [{"document": "D", "date": "28.05.2002", "quote": "q"}]}]}]}"""))
                .isInstanceOf(ParallaxException.class)
                .hasMessageContaining("guide.json").hasMessageContaining("code 'C'").hasMessageContaining("28.05.2002");
        assertThatThrownBy(() -> read("""
                {"formatVersion": 2, "name": "X", "frames": [{"name": "F", "codes": [{"name": "C",
                  "anchors": [{"document": "D"}]}]}]}"""))
                .hasMessageContaining("code 'C'").hasMessageContaining("no quote");
    }

    @Test
    void templateGivesEveryIndicatorInclusionAndExclusionRules() {
        assertThat(CodebookTemplates.named("table1").frames()).flatMap(FrameDefinition::codes).hasSize(8)
                .allSatisfy(code -> {
                    assertThat(code.inclusion()).isNotBlank();
                    assertThat(code.exclusion()).isNotBlank();
                });
    }

    private static CodebookDefinition read(String json) {
        return CodebookJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "guide.json");
    }
}
