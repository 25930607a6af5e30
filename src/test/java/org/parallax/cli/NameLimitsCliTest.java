package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.TextLimits;
import org.parallax.testutil.Cli;

/**
 * Names longer than {@link TextLimits} allows are refused where they enter, in one line that names the file
 * and the field, and nothing of the refused input is stored (issue 12 item 5: a 1,000,000-character code name
 * was accepted).
 */
class NameLimitsCliTest {
    private static final String HUGE = "Ж".repeat(1_000_000);

    @TempDir
    Path dir;

    @Test
    void aCodebookFileWithAMillionCharacterCodeNameIsRefusedNamingTheFileAndField() throws Exception {
        Path project = newProject("study.parallax");
        Path json = Files.writeString(dir.resolve("huge.json"), """
                {"formatVersion": 2, "name": "Huge", "frames": [{"name": "Realism", "codes": [
                  {"name": "Fine code"}, {"name": "%s"}]}]}""".formatted(HUGE));

        Cli run = Cli.parallax("codebook", "import", project, json);

        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).hasLineCount(1).contains("huge.json").contains("code name")
                .contains("1,000,000 characters").contains("at most 200").doesNotContain("Exception");
        assertThat(Cli.parallax("codes", project, "--format", "csv").out()).doesNotContain("Fine code");
    }

    /**
     * JSON's {@code \\udc00} (and YAML's) writes half a character, which SQLite stores as '?': the code was saved as
     * "Balance ? of power" and the same file imported again failed ("A code named 'Balance ? of power' already exists").
     */
    @Test
    void aNameHoldingHalfACharacterIsRefusedNamingTheFileAndFieldWhileWholeEmojiPass() throws Exception {
        Path project = newProject("halves.parallax");
        Path json = Files.writeString(dir.resolve("lone.json"), """
                {"formatVersion": 2, "name": "Lone", "frames": [{"name": "Realism", "codes": [
                  {"name": "Fine code"}, {"name": "Balance \\udc00 of power"}]}]}""");
        Path markdown = Files.writeString(dir.resolve("front.md"), """
                ---
                title: "Speech \\uD800 one"
                ---

                The body text.
                """);
        Path emoji = Files.writeString(dir.resolve("emoji.json"),
                codebook("Flags", "Frame", "NATO \\ud83c\\uddfa\\ud83c\\udde6"));

        Cli json1 = Cli.parallax("codebook", "import", project, json);
        Cli md = Cli.parallax("import", project, markdown);

        assertThat(json1.exit()).isNotZero();
        assertThat(json1.err().strip()).hasLineCount(1).contains("lone.json")
                .contains("code name 'Balance \uFFFD of power'").contains("holds half a character (U+DC00 at character 9")
                .doesNotContain("Exception");
        assertThat(md.exit()).isNotZero();
        assertThat(md.err()).contains("front.md").contains("document title").contains("holds half a character");
        assertThat(Cli.parallax("codes", project, "--format", "csv").out()).doesNotContain("Fine code")
                .doesNotContain("Balance ?");
        assertThat(Cli.parallax("docs", project, "--format", "csv").out()).doesNotContain("Speech");
        assertThat(Cli.parallax("codebook", "import", project, emoji).exit()).isZero();
        assertThat(Cli.parallax("codes", project, "--format", "csv").out())
                .contains("NATO \uD83C\uDDFA\uD83C\uDDE6");
    }

    /**
     * Half a character in a codebook's texts (a definition, a rule, a description, an anchor's quote) was stored as '?'
     * without a word, where the same escape in a name is refused: each is refused now, naming the file, the field and
     * its code, and nothing of the codebook is imported.
     */
    @Test
    void halfACharacterInADefinitionRuleDescriptionOrQuoteIsRefusedNamingTheFileFieldAndCode() throws Exception {
        Path project = newProject("texts.parallax");
        String code = "{\"name\": \"Balance of power\", %s}";
        String[] fields = {
            "definition of code 'Balance of power'", code.formatted("\"definition\": \"Power \\ud800 balanced\""),
            "inclusion rule of code 'Balance of power'", code.formatted("\"inclusion\": \"\\udfff only\""),
            "exclusion rule of code 'Balance of power'", code.formatted("\"exclusion\": \"not \\ud83d\""),
            "quote of an anchor example of code 'Balance of power'",
            code.formatted("\"anchors\": [{\"quote\": \"A \\udc00 quote\"}]"),
        };
        for (int i = 0; i < fields.length; i += 2) {
            Path json = Files.writeString(dir.resolve("half" + i + ".json"), """
                    {"formatVersion": 2, "name": "Half", "frames": [{"name": "Realism", "codes": [
                      {"name": "Fine code"}, %s]}]}""".formatted(fields[i + 1]));

            Cli run = Cli.parallax("codebook", "import", project, json);

            assertThat(run.exit()).as(fields[i]).isNotZero();
            assertThat(run.err().strip()).as(fields[i]).hasLineCount(1).contains("half" + i + ".json")
                    .contains(fields[i]).contains("holds half a character").doesNotContain("Exception");
        }
        Path frame = Files.writeString(dir.resolve("frame.json"), """
                {"formatVersion": 2, "name": "Half", "scenarios": [{"name": "Détente"}], "frames": [
                  {"name": "Realism", "description": "States \\ud800 balance", "codes": [{"name": "Fine code"}]}]}""");
        Path scenario = Files.writeString(dir.resolve("scenario.json"), """
                {"formatVersion": 2, "name": "Half", "scenarios": [{"name": "Détente", "description": "\\udbff"}],
                 "frames": [{"name": "Realism", "codes": [{"name": "Fine code"}]}]}""");
        assertThat(Cli.parallax("codebook", "import", project, frame).err()).contains("frame.json")
                .contains("description of frame 'Realism' holds half a character (U+D800 at character 8");
        assertThat(Cli.parallax("codebook", "import", project, scenario).err()).contains("scenario.json")
                .contains("description of scenario 'Détente' holds half a character (U+DBFF at character 1");
        assertThat(Cli.parallax("codes", project, "--format", "csv").out()).doesNotContain("Fine code");
    }

    @Test
    void aCodeNameAtTheLimitIsAcceptedAndOneMoreCharacterIsNot() throws Exception {
        Path project = newProject("edge.parallax");
        String atLimit = "c".repeat(TextLimits.NAME);
        Path fits = Files.writeString(dir.resolve("fits.json"), codebook("Fits", "Frame", atLimit));
        Path over = Files.writeString(dir.resolve("over.json"), codebook("Over", "Frame", atLimit + "c"));

        assertThat(Cli.parallax("codebook", "import", project, fits).exit()).isZero();
        Cli refused = Cli.parallax("codebook", "import", project, over);

        assertThat(refused.exit()).isNotZero();
        assertThat(refused.err()).contains("over.json").contains("code name").contains("201 characters");
        assertThat(Cli.parallax("codes", project, "--format", "csv").out()).contains(atLimit)
                .doesNotContain(atLimit + "c");
    }

    @Test
    void aLongFrameOrScenarioNameInACodebookFileIsRefusedToo() throws Exception {
        Path project = newProject("frames.parallax");
        Path frame = Files.writeString(dir.resolve("frame.json"), codebook("F", "f".repeat(500), "ok"));
        Path scenario = Files.writeString(dir.resolve("scenario.json"), """
                {"formatVersion": 2, "name": "S", "scenarios": [{"name": "%s"}]}""".formatted("s".repeat(500)));

        assertThat(Cli.parallax("codebook", "import", project, frame).err()).contains("frame.json")
                .contains("frame name").contains("500 characters");
        assertThat(Cli.parallax("codebook", "import", project, scenario).err()).contains("scenario.json")
                .contains("scenario name").contains("500 characters");
    }

    @Test
    void aRefiCodebookWithALongCodeNameIsRefusedNamingTheFileAndNothingIsMerged() throws Exception {
        Path source = newProject("source.parallax");
        assertThat(Cli.parallax("codebook", "import", source,
                Files.writeString(dir.resolve("short.json"), codebook("Short", "Frame", "PLACEHOLDER"))).exit())
                .isZero();
        Path qdc = dir.resolve("codes.qdc");
        assertThat(Cli.parallax("export", "qdc", source, qdc).exit()).isZero();
        String xml = Files.readString(qdc);
        assertThat(xml).contains("PLACEHOLDER");
        Files.writeString(qdc, xml.replace("PLACEHOLDER", "x".repeat(5_000)));
        Path target = newProject("target.parallax");

        Cli run = Cli.parallax("import", target, qdc);

        assertThat(run.exit()).isNotZero();
        assertThat(run.err()).contains("codes.qdc").contains("code name").contains("5,000 characters")
                .doesNotContain("Exception");
        assertThat(Cli.parallax("codes", target, "--format", "csv").out()).doesNotContain("Frame");
    }

    @Test
    void aDocumentWithALongTitleOrAttributeNameFailsAloneWhileTheOthersImport() throws Exception {
        Path project = newProject("docs.parallax");
        Path good = Files.writeString(dir.resolve("good.txt"), "A short speech.\n");
        Path badKey = Files.writeString(dir.resolve("bad key.md"),
                "---\n" + "k".repeat(300) + ": value\n---\n# Speech\n\nText of the speech.\n");

        Cli run = Cli.parallax("import", project, good, badKey);

        assertThat(run.err()).contains("bad key.md: attribute name").contains("300 characters")
                .doesNotContain("Exception");
        assertThat(Cli.parallax("docs", project, "--format", "csv").out()).contains("good")
                .doesNotContain("Speech");

        Path another = Files.writeString(dir.resolve("another.txt"), "Another speech.\n");
        Cli titled = Cli.parallax("import", project, another, "--title", "t".repeat(TextLimits.TITLE + 1));
        assertThat(titled.err()).contains("another.txt: document title").contains("2,001 characters");
        assertThat(Cli.parallax("docs", project, "--format", "csv").out().lines()).hasSize(2);
    }

    @Test
    void aLongCoderNameIsRefused() throws Exception {
        Path project = newProject("coders.parallax");

        Cli run = Cli.parallax("coders", project, "--active", "n".repeat(250));

        assertThat(run.exit()).isNotZero();
        assertThat(run.err().strip()).contains("coder name").contains("250 characters").hasLineCount(1);
        assertThat(Cli.parallax("coders", project, "--format", "csv").out()).doesNotContain("nnnn");
    }

    private Path newProject(String name) {
        Path project = dir.resolve(name);
        assertThat(Cli.parallax("new", project).exit()).isZero();
        return project;
    }

    private static String codebook(String name, String frame, String code) {
        return """
                {"formatVersion": 2, "name": "%s", "frames": [{"name": "%s", "codes": [{"name": "%s"}]}]}"""
                .formatted(name, frame, code);
    }
}
