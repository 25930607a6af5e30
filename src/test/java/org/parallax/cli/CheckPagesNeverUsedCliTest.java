package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.DamagedPages;
import org.parallax.testutil.TestProjects;

/**
 * A project file whose list of free pages was lost (a few hundred pages then belong to nothing, which SQLite's checks
 * name one a line as never used) and whose index of passages by code points at a wrong row. `check` said the pages
 * one a line and, SQLite stopping at 100 lines, never reached the index; it now names the damage first and whole and
 * the pages in one line with their count, and the warning of a command that opens the file names that line.
 */
class CheckPagesNeverUsedCliTest {
    @TempDir
    Path dir;

    @Test
    void theDamageComesFirstAndThePagesNeverUsedAreOneLineWithTheirCount() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Path text = dir.resolve("long interview.txt");
        Files.writeString(text, "The minister spoke of the alliance and its members, one sentence after another. "
                .repeat(20_000));
        Cli.ok("import", project, text);
        Cli.ok("remove", project, "long interview");
        int free = DamagedPages.forgetFreePages(project);
        assertThat(free).as("the removed text's pages, more than SQLite's 100 lines").isGreaterThan(300);
        DamagedPages.flipIndexEntry(project, "segments_by_code");

        Cli check = Cli.parallax("check", project);

        assertThat(check.exit()).isEqualTo(1);
        List<String> integrity = check.out().lines().filter(l -> l.contains("(SQLite integrity check): ")).toList();
        assertThat(integrity).as(check.out()).hasSize(2);
        assertThat(integrity.get(0)).as("the damage, first and whole").isEqualTo("sample.parallax (SQLite integrity "
                + "check): row 1 missing from index segments_by_code");
        assertThat(integrity.get(1)).startsWith("sample.parallax (SQLite integrity check): " + String.format("%,d",
                free) + " pages never used (").endsWith("): in no table or index and not listed as free; on their own "
                + "they hold nothing the project reads (space wasted), beside other damage they may be pages a table "
                + "lost");
        assertThat(check.out()).doesNotContain("Page ").doesNotContain("*** in database main ***");

        Cli docs = Cli.ok("docs", project);
        assertThat(docs.err()).contains("the file is damaged (SQLite's check found: " + String.format("%,d", free)
                + " pages never used (").doesNotContain("Page ");
    }
}
