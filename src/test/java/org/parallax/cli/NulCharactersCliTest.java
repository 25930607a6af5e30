package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.testutil.Cli;
import org.parallax.workbench.Workbench;

/**
 * JSON and YAML write a NUL character as an escape ({@code \u0000}, {@code "\0"}), which a project file stores but a team project's PostgreSQL refuses
 * ("database error (ERROR: invalid byte sequence for encoding "UTF8": 0x00 …)"): the same codebook imported into one
 * and not the other, and a project file holding one could not be published. A NUL says nothing in a text, so the
 * codebook's texts and a document's details come in without it.
 */
class NulCharactersCliTest {
    @TempDir
    Path dir;

    @Test
    void aNulInACodebooksTextsIsLeftOutSoEveryKindOfProjectCanStoreIt() throws Exception {
        Path project = dir.resolve("p.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Path json = Files.writeString(dir.resolve("nul.json"), """
                {"formatVersion": 2, "name": "Book", "scenarios": [{"name": "Crisis", "description": "a\\u0000b"}],
                 "frames": [{"name": "Realism", "description": "c\\u0000d", "codes": [
                  {"name": "Power", "definition": "de\\u0000f", "inclusion": "in\\u0000", "exclusion": "\\u0000out",
                   "anchors": [{"document": "Speech", "quote": "q\\u0000uote"}]}]}]}""");

        Cli run = Cli.parallax("codebook", "import", project, json);

        assertThat(run.exit()).as(run.err()).isZero();
        try (Workbench wb = Workbench.open(project)) {
            Code power = wb.codebook().code("Power");
            assertThat(power.definition()).isEqualTo("def");
            assertThat(power.inclusion()).isEqualTo("in");
            assertThat(power.exclusion()).isEqualTo("out");
            assertThat(wb.codebook().current().frames().get(0).description()).isEqualTo("cd");
            assertThat(wb.codebook().current().scenarios().get(0).description()).isEqualTo("ab");
        }
        Path exported = dir.resolve("out.json");
        assertThat(Cli.parallax("codebook", "export", project, exported).exit()).isZero();
        assertThat(Files.readString(exported)).doesNotContain("\\u0000");
    }

    @Test
    void aNulInTheFrontMatterOfAMarkdownFileIsLeftOut() throws Exception {
        Path project = dir.resolve("fm.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Path markdown = Files.writeString(dir.resolve("speech.md"), """
                ---
                title: "Speech\\0 one"
                actor: "NA\\0TO"
                speaker: "An\\0na"
                ---

                The body text here.
                """);

        Cli run = Cli.parallax("import", project, markdown);

        assertThat(run.exit()).as(run.err()).isZero();
        try (Workbench wb = Workbench.open(project)) {
            var meta = wb.documents().list().get(0).meta();
            assertThat(meta.title()).isEqualTo("Speech one");
            assertThat(meta.actor()).isEqualTo("NATO");
            assertThat(meta.attributes()).containsEntry("speaker", "Anna");
        }
    }
}
