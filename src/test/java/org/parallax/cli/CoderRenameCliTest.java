package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NamedInterview;
import org.parallax.testutil.TestProjects;

/**
 * A coder could not be renamed: a project with a coder called "coder7" (or by a real name) could never pseudonymise
 * its coders, and a coder's real name stayed on every passage. `coders PROJECT --rename NAME NEW` renames them, their
 * passages, memos and number in files kept, the files following the new name.
 */
class CoderRenameCliTest {
    @TempDir
    Path dir;

    @Test
    void aCoderCalledLikeAPseudonymRenamedLetsTheCodersBePseudonymised() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Cli.ok("code", project, "--doc", "1", "--start", "0", "--end", "40", "--code", "Balance of power",
                "--coder", "coder7", "--memo", "Read as a threat");
        assertThat(Cli.parallax("coders", project, "--pseudonymise-coders", "on").exit()).isNotZero();

        Cli renamed = Cli.ok("coders", project, "--rename", "coder7", "Ana Lima", "--format", "csv");

        assertThat(renamed.out()).contains(",Ana Lima,1,").doesNotContain("coder7");
        assertThat(Cli.ok("check", project).exit()).as("every row renamed sealed anew").isZero();
        assertThat(Cli.ok("memos", project, "--format", "csv").out()).contains("Read as a threat")
                .contains("Ana Lima").doesNotContain("coder7");
        Cli.ok("coders", project, "--pseudonymise-coders", "on");
        Path csv = dir.resolve("passages.csv");
        Cli.ok("export", "csv", project, csv);
        Cli.ok("export", "qdpx", project, dir.resolve("project.qdpx"));
        assertThat(coderColumn(csv)).containsExactlyInAnyOrder("Coder 1", "Coder 2", "Coder 3");
        for (Path file : new Path[] {csv, dir.resolve("project.qdpx")}) {
            assertThat(NamedInterview.readable(file)).as(file.toString()).doesNotContain("coder7")
                    .doesNotContain("Ana Lima").doesNotContain("Lima");
        }
    }

    @Test
    void aCoderRenamedWhilePseudonymisedKeepsTheirNumberInFiles() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Cli.ok("coders", project, "--pseudonymise-coders", "on");
        assertThat(Cli.ok("coders", project, "--format", "csv").out()).contains(",second-coder,")
                .contains(",Coder 2");

        Cli.ok("coders", project, "--rename", "second-coder", "Maria Kowalska");
        Cli.ok("coders", project, "--active", "zoe");
        Cli.ok("code", project, "--doc", "3", "--start", "0", "--end", "44", "--code", "Balance of power");

        assertThat(Cli.ok("coders", project, "--format", "csv").out()).contains(",Maria Kowalska,")
                .contains("Coder 2").contains(",zoe,").contains("Coder 3").doesNotContain("second-coder");
        Path csv = dir.resolve("passages.csv");
        Cli.ok("export", "csv", project, csv);
        assertThat(coderColumn(csv)).containsExactlyInAnyOrder("Coder 1", "Coder 2", "Coder 3");
        assertThat(Files.readString(csv)).doesNotContain("Kowalska").doesNotContain("second-coder");
    }

    @Test
    void theAssistantsProvenanceNamesTheCoderItLearntFromByTheNewName() throws Exception {
        Path project = AssistantFixture.create(dir, 6, 0, "Maria Kowalska");
        Cli.ok("assistant", "run", project, "--coder", "Maria Kowalska");
        Path csv = dir.resolve("passages.csv");
        Cli.ok("export", "csv", project, csv);
        assertThat(Files.readString(csv)).contains("coder=Maria Kowalska seed=");

        Cli.ok("coders", project, "--rename", "maria kowalska", "Ana Lima");

        Cli.ok("export", "csv", project, csv);
        assertThat(Files.readString(csv)).contains("coder=Ana Lima seed=").doesNotContain("Kowalska");
        Cli.ok("coders", project, "--pseudonymise-coders", "on");
        Cli.ok("export", "csv", project, csv);
        assertThat(Files.readString(csv)).contains("coder=Coder 1 seed=").doesNotContain("Ana Lima")
                .doesNotContain("Kowalska");
        assertThat(Cli.ok("check", project).exit()).isZero();
    }

    @Test
    void aNameAnotherCoderHasInAnyCaseIsRefusedInOneLineWithNothingChanged() {
        Path project = TestProjects.sampleCopy(dir);
        String before = Cli.ok("coders", project, "--format", "csv").out();

        Cli taken = Cli.parallax("coders", project, "--rename", "analyst", "Second-Coder");
        Cli unknown = Cli.parallax("coders", project, "--rename", "nobody", "Ana Lima");

        assertThat(taken.exit()).isNotZero();
        assertThat(taken.err().strip()).doesNotContain("\n").doesNotContain("Exception")
                .contains("second-coder is another coder's name already").contains("nothing was renamed");
        assertThat(unknown.exit()).isNotZero();
        assertThat(unknown.err().strip()).doesNotContain("\n").contains("No coder named 'nobody'");
        assertThat(Cli.ok("coders", project, "--format", "csv").out()).isEqualTo(before);
    }

    private static Set<String> coderColumn(Path csv) throws Exception {
        try (CSVParser parser = CSVParser.parse(csv, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return parser.getRecords().stream().map(r -> r.get("coder")).collect(Collectors.toSet());
        }
    }
}
