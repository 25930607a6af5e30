package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * A second coder's copy kept the names' other forms whole, also those of an interviewee whose interview the researcher
 * had removed (withdrawn consent): "Volkov" and "Sergei Volkov" went to the second coder in the copy's settings though
 * no document of it named him. And it left the pseudonyms behind, so the second coder's pseudonymised files numbered
 * the interviewees afresh: Olga Berg, P02 in every file of the first coder, was P01 in the second coder's. The copy
 * keeps the forms and pseudonyms of the values its documents hold, and nothing of the others; its box says so.
 */
class SecondCoderCopyPseudonymsCliTest {
    @TempDir
    Path dir;

    @Test
    void theCopyKeepsThePseudonymsOfItsInterviewesAndNoNameOfAnInterviewRemoved() throws Exception {
        Path project = dir.resolve("study.parallax");
        Cli.ok("new", project, "--codebook", "table1");
        Path volkov = Files.writeString(dir.resolve("volkov.txt"), "Volkov: the council met rarely.");
        Path berg = Files.writeString(dir.resolve("berg.txt"), "Berg: the council met often.");
        Cli.ok("import", project, volkov, "--title", "Interview Sergei Volkov");
        Cli.ok("import", project, berg, "--title", "Interview Olga Berg");
        Cli.ok("document", project, "1", "--attr", "speaker=Sergei Volkov");
        Cli.ok("document", project, "2", "--attr", "speaker=Olga Berg");
        Cli.ok("sensitive", project, "speaker", "--form", "Sergei Volkov=Volkov", "--form", "Olga Berg=Berg");
        assertThat(Cli.ok("docs", project, "--pseudonymise").out()).contains("Interview P01")
                .contains("Interview P02");
        Cli.ok("remove", project, "1");
        Path copy = dir.resolve("for-maria.parallax");

        Cli made = Cli.ok("blind-copy", project, copy);

        assertThat(new String(Files.readAllBytes(copy), StandardCharsets.UTF_8)).doesNotContain("Volkov");
        assertThat(made.err()).contains("Kept: which details hold names (speaker), with 1 other form and the "
                + "pseudonym of each name the documents hold");
        assertThat(Cli.ok("docs", copy, "--pseudonymise").out()).contains("Interview P02")
                .doesNotContain("Berg");
    }
}
