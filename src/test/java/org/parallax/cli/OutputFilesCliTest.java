package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.model.Frame;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

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

    @Test
    void noExportReplacesAProjectFileGivenAsItsOutput() throws Exception {
        Path project = dir.resolve("p.parallax");
        assertThat(Cli.parallax("new", project, "--codebook", "table1").exit()).isZero();
        assertThat(Cli.parallax("import", project, TestProjects.sampleText("2002-11-11")).exit()).isZero();
        assertThat(Cli.parallax("code", project, "--doc", "1", "--start", "0", "--end", "40", "--code",
                "Balance of power").exit()).isZero();
        Path other = dir.resolve("other.parallax");
        assertThat(Cli.parallax("new", other).exit()).isZero();
        String p = project.toString();
        for (String target : new String[] {p, other.toString()}) {
            String[][] exports = {
                    {"export", "csv", p, target},
                    {"export", "csv", p, dir.resolve("passages.csv").toString(), "--matrix", target},
                    {"export", "memos", p, target},
                    {"export", "quotes", p, target},
                    {"export", "table", p, target},
                    {"export", "xlsx", p, target},
                    {"export", "qdpx", p, target},
                    {"export", "qdc", p, target},
                    {"codebook", "export", p, target},
                    {"report", p, target},
                    {"segments", p, "--format", "xlsx", "--out", target},
                    {"tally", p, "--format", "xlsx", "--out", target},
            };
            for (String[] export : exports) {
                Cli run = Cli.parallax((Object[]) export);
                assertThat(run.exit()).as(String.join(" ", export)).isNotZero();
                assertThat(run.err().strip()).as(String.join(" ", export)).hasLineCount(1)
                        .doesNotContain("Exception");
            }
        }
        Cli refused = Cli.parallax("export", "csv", p, p);
        assertThat(refused.err()).contains("it is a Parallax project (an SQLite database), which an export never "
                + "replaces: choose another file name");
        Cli check = Cli.parallax("check", project);
        assertThat(check.out()).contains("no problems found (1 document, 1 passage)");
        assertThat(Cli.parallax("check", other).exit()).isZero();
    }

    /**
     * {@code study.parallax-wal} (a tab completion away from the project's name) given as an export's output: the
     * export replaced the journal of the open project with a CSV file and said "Passages written", SQLite then
     * deleted that CSV as its journal on closing, and a window holding the project stopped writing ("… replaced by
     * another program").
     */
    @Test
    void noExportReplacesTheJournalOrSharedMemoryFileOfAProject() throws Exception {
        Path project = dir.resolve("p.parallax");
        assertThat(Cli.parallax("new", project, "--codebook", "table1").exit()).isZero();
        assertThat(Cli.parallax("import", project, TestProjects.sampleText("2002-11-11")).exit()).isZero();
        String p = project.toString();
        try (Workbench window = Workbench.open(project)) {
            window.codebook().addFrame("Liberalism", null, null);
            for (String side : new String[] {"-wal", "-shm", "-journal"}) {
                String[][] exports = {
                        {"export", "csv", p, p + side},
                        {"export", "xlsx", p, p + side},
                        {"codebook", "export", p, p + side},
                };
                for (String[] export : exports) {
                    Cli run = Cli.parallax((Object[]) export);
                    assertThat(run.exit()).as(String.join(" ", export)).isNotZero();
                    assertThat(run.err().strip()).as(String.join(" ", export)).hasLineCount(1)
                            .contains("p.parallax" + side + ": it belongs to the Parallax project p.parallax")
                            .doesNotContain("Exception");
                }
            }
            window.codebook().addFrame("Institutionalism", null, null);
        }
        Cli check = Cli.parallax("check", project);
        assertThat(check.out()).contains("no problems found (1 document");
        assertThat(Cli.parallax("codes", project, "--format", "json").out()).contains("Balance of power");
        try (Workbench reopened = Workbench.open(project)) {
            assertThat(reopened.codebook().current().frames()).extracting(Frame::name)
                    .contains("Liberalism", "Institutionalism");
        }
    }
}
