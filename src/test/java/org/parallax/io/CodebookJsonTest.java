package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.ParallaxException;

class CodebookJsonTest {

    @TempDir
    Path dir;

    @Test
    void templateSurvivesAWriteAndReadThroughAFile() {
        CodebookDefinition template = CodebookTemplates.named("table1");
        Path file = dir.resolve("table1 copy.json");

        CodebookJson.write(template, file);

        assertThat(CodebookJson.read(file)).isEqualTo(template);
    }

    @Test
    void writtenJsonCarriesTheFormatVersionAndOmitsEmptyParts() throws Exception {
        Path file = dir.resolve("codebook.json");
        CodebookJson.write(CodebookTemplates.named("table1"), file);

        String json = Files.readString(file);
        assertThat(json).contains("\"formatVersion\" : 2").doesNotContain("children").doesNotContain("null");
        assertThat(json.indexOf("\"formatVersion\"")).isLessThan(json.indexOf("\"frames\""));
    }

    @Test
    void minimalCodebookReadsWithDefaults() {
        CodebookDefinition read = read("""
                {"formatVersion": 1, "name": "Mini", "frames": [{"name": "Realism",
                 "codes": [{"name": "Balance of power", "children": [{"name": "Balancing"}]}]}]}""");

        assertThat(read.scenarios()).isEmpty();
        var code = read.frames().get(0).codes().get(0);
        assertThat(code.shortcut()).isZero();
        assertThat(code.expectedScenarios()).isEmpty();
        assertThat(code.children()).extracting(CodebookDefinition.CodeDefinition::name).containsExactly("Balancing");
    }

    @Test
    void readRejectsDuplicateCodeNamesNamingTheFileAndTheCode() {
        assertThatThrownBy(() -> read("""
                {"formatVersion": 1, "name": "Dup", "frames": [
                 {"name": "Realism", "codes": [{"name": "Power"}]},
                 {"name": "Constructivism", "codes": [{"name": "Norms", "children": [{"name": "Power"}]}]}]}"""))
                .isInstanceOf(ParallaxException.class)
                .hasMessageContaining("mine.json")
                .hasMessageContaining("'Power' is used twice")
                .hasMessageContaining("frame 'Realism'")
                .hasMessageContaining("code 'Norms'");
    }

    @Test
    void readRejectsACodeNamedLikeAScenario() {
        assertThatThrownBy(() -> read("""
                {"formatVersion": 1, "name": "Clash", "scenarios": [{"name": "Dialogue"}],
                 "frames": [{"name": "Realism", "codes": [{"name": "Dialogue"}]}]}"""))
                .isInstanceOf(ParallaxException.class)
                .hasMessageContaining("'Dialogue' is used twice")
                .hasMessageContaining("every scenario is also a code");
    }

    @Test
    void readRejectsMissingNames() {
        assertThatThrownBy(() -> read("""
                {"formatVersion": 1, "name": "Nameless", "frames": [{"name": "Realism",
                 "codes": [{"name": "A"}, {"color": "#112233"}]}]}"""))
                .isInstanceOf(ParallaxException.class)
                .hasMessage("Codebook mine.json: code #2 of frame 'Realism' has no name");
        assertThatThrownBy(() -> read("{\"formatVersion\": 1, \"name\": \"X\", \"frames\": [{\"codes\": []}]}"))
                .hasMessage("Codebook mine.json: frame #1 has no name");
        assertThatThrownBy(() -> read("{\"formatVersion\": 1, \"frames\": []}"))
                .hasMessage("Codebook mine.json: the codebook has no name");
    }

    @Test
    void readRejectsAnExpectationOfAnUnknownScenario() {
        assertThatThrownBy(() -> read("""
                {"formatVersion": 1, "name": "X", "scenarios": [{"name": "Dialogue"}],
                 "frames": [{"name": "Realism", "codes": [{"name": "Power", "expectedScenarios": ["Dialog"]}]}]}"""))
                .isInstanceOf(ParallaxException.class)
                .hasMessage("Codebook mine.json: code 'Power' of frame 'Realism' expects scenario 'Dialog',"
                        + " which is not among the codebook's scenarios [Dialogue]");
    }

    @Test
    void readRejectsBadColoursAndRepeatedShortcuts() {
        assertThatThrownBy(() -> read("""
                {"formatVersion": 1, "name": "X", "frames": [{"name": "Realism", "codes": [{"name": "A", "color": "red"}]}]}"""))
                .hasMessageContaining("code 'A' of frame 'Realism' has colour 'red'");
        assertThatThrownBy(() -> read("""
                {"formatVersion": 1, "name": "X", "frames": [{"name": "R", "codes": [
                 {"name": "A", "shortcut": 1}, {"name": "B", "shortcut": 1}]}]}"""))
                .hasMessage("Codebook mine.json: shortcut 1 is given to both code 'A' of frame 'R' and code 'B' of frame 'R'");
    }

    @Test
    void readRejectsFilesWithoutOrWithANewerFormatVersion() {
        assertThatThrownBy(() -> read("{\"name\": \"X\", \"frames\": []}"))
                .isInstanceOf(ParallaxException.class)
                .hasMessageContaining("mine.json has no formatVersion");
        assertThatThrownBy(() -> read("{\"formatVersion\": 3, \"name\": \"X\"}"))
                .hasMessageContaining("mine.json has format version 3");
    }

    @Test
    void readRejectsMisspelledFieldsAndBrokenJsonWithTheirLocation() {
        assertThatThrownBy(() -> read("{\"formatVersion\": 1, \"name\": \"X\",\n \"frame\": []}"))
                .isInstanceOf(ParallaxException.class)
                .hasMessageContaining("unknown field 'frame' at line 2");
        assertThatThrownBy(() -> read("{\"formatVersion\": 1, \"name\": \"X\", "))
                .isInstanceOf(ParallaxException.class)
                .hasMessageStartingWith("Codebook mine.json is not valid codebook JSON at line 1");
    }

    /**
     * A codebook that is not codebook JSON was refused in Jackson's words: "Cannot deserialize value of type
     * `org.parallax.io.CodebookJsonDto$CodebookDto` from Array value (token `JsonToken.START_ARRAY`)", "Illegal
     * unquoted character ((CTRL-CHAR, code 0)): has to be escaped using backslash …". Said as what is wrong, and where.
     */
    @Test
    void brokenJsonIsSaidInTheProjectsWordsNotTheParsers() {
        assertThatThrownBy(() -> read("[[]]")).hasMessage("Codebook mine.json is not valid codebook JSON at line 1, "
                + "column 1: a list ([…]) where the codebook's object ({…}) belongs");
        assertThatThrownBy(() -> read("{\"formatVersion\": 2, \"name\": \"X\", \"frames\": [{\"name\": [1]}]}"))
                .hasMessageEndingWith(": frames[0].name: a list ([…]) where a text belongs");
        assertThatThrownBy(() -> read("{\"formatVersion\": 2, \"name\": \"Real\u0000ism\"}"))
                .hasMessageEndingWith(": a text in it holds a control character, which JSON writes as a \\u "
                        + "escape (\\u0000)");
        assertThatThrownBy(() -> read("{\"formatVersion\": 2, \"name\": \"Bal"))
                .hasMessageEndingWith(": the file ends in the middle of a value (cut off?)");
    }

    @Test
    void readingAMissingFileNamesIt() {
        Path missing = dir.resolve("absent.json");
        assertThatThrownBy(() -> CodebookJson.read(missing))
                .isInstanceOf(ParallaxException.class)
                .hasMessageContaining("absent.json");
    }

    private static CodebookDefinition read(String json) {
        return CodebookJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "mine.json");
    }
}
