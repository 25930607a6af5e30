package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/** Exports name the reason they cannot write, in one line (issue 11 item 8, issue 12 item 3). */
class OutputFilesCliTest {
    @TempDir
    Path dir;

    @Test
    void anExportIntoAMissingFolderSaysTheFolderDoesNotExist() {
        Path project = dir.resolve("p.parallax");
        assertThat(Cli.parallax("new", project, "--codebook", "table1").exit()).isZero();
        assertThat(Cli.parallax("import", project, TestProjects.sampleText("2002-11-11")).exit()).isZero();
        Path missing = dir.resolve("no-such-folder");
        String[][] exports = {
                {"export", "csv", project.toString(), missing.resolve("passages.csv").toString()},
                {"export", "qdpx", project.toString(), missing.resolve("project.qdpx").toString()},
                {"export", "qdc", project.toString(), missing.resolve("codebook.qdc").toString()},
                {"codebook", "export", project.toString(), missing.resolve("codebook.json").toString()},
        };
        for (String[] export : exports) {
            Cli run = Cli.parallax((Object[]) export);
            assertThat(run.exit()).as(String.join(" ", export)).isNotZero();
            assertThat(run.err().strip()).as(String.join(" ", export))
                    .contains("the folder " + missing + " does not exist")
                    .doesNotContain("Exception").doesNotContain("\tat ")
                    .hasLineCount(1);
        }
        assertThat(missing).doesNotExist();
        assertThat(Files.exists(project)).isTrue();
    }
}
