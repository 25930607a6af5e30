package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.io.CodebookJson;
import org.parallax.testutil.PracticeFixture;

class LensCliTest {
    private static Cli parallax(Object... args) {
        return Cli.parallax(args);
    }

    @TempDir
    Path dir;

    @Test
    void codebookExportChoosesHandoutOrJsonByExtension() throws Exception {
        Path project = dir.resolve("study.parallax");
        assertThat(parallax("new", project, "--codebook", "table1").exit()).isZero();
        Path html = dir.resolve("guide.html");
        Path json = dir.resolve("guide.json");

        Cli handout = parallax("codebook", "export", project, html);
        Cli codebook = parallax("codebook", "export", project, json);

        assertThat(handout.exit()).as(handout.err()).isZero();
        assertThat(handout.out()).contains("handout written to " + html);
        var page = Jsoup.parse(Files.readString(html));
        assertThat(page.select("h2").eachText()).contains("Frame: Realism", "Frame: Constructivism");
        assertThat(page.select("section.code h3").eachText()).hasSize(8).contains("Balance of power");
        assertThat(codebook.exit()).as(codebook.err()).isZero();
        assertThat(CodebookJson.read(json).frames().get(0).codes().get(0).inclusion()).startsWith("Apply when");
    }

    @Test
    void practicePrintsCountsAndTheDefinitionNextToEachMiss() {
        Path project = PracticeFixture.create(dir);

        Cli table = parallax("practice", project, "--doc", 1, "--coder", "student", "--reference", "teacher");

        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("student against teacher: 1 matched, 2 missed, 2 extra");
        String missLine = table.out().lines().filter(l -> l.startsWith("missed") && l.contains("NATO-Russia Council"))
                .findFirst().orElseThrow();
        assertThat(missLine).contains("Seeking a common language and community", "The passage shows an effort");
    }

    @Test
    void practiceAsJsonCarriesCountsAndPassages() throws Exception {
        Path project = PracticeFixture.create(dir);

        Cli run = parallax("practice", project, "--doc", 1, "--coder", "student", "--reference", "teacher",
                "--format", "json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.at("/counts/matched").asInt()).isEqualTo(1);
        assertThat(json.at("/counts/missed").asInt()).isEqualTo(2);
        assertThat(json.at("/counts/extra").asInt()).isEqualTo(2);
        assertThat(json.at("/matched/0/reference/text").asText()).isEqualTo(PracticeFixture.TOTSKY);
        assertThat(json.at("/missed/0/definition").asText()).isNotBlank();
        assertThat(json.at("/document/id").asLong()).isEqualTo(1);
    }

    @Test
    void practiceWithAnUnknownCoderFailsWithAReadableError() {
        Path project = PracticeFixture.create(dir);

        Cli run = parallax("practice", project, "--doc", 1, "--coder", "stduent", "--reference", "teacher");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("No coder named 'stduent'");
    }
}
