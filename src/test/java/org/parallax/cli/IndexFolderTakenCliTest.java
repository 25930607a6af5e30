package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * The search index folder's name taken by a file (a sync client's conflict copy, a slip in a file manager): every
 * search and import failed with "Cannot open the search index folder X: X", the path twice and no reason, and
 * `check` found no problem. The index is derived data: searches and imports go on with a private index, and `check`
 * names the file and what to do.
 */
class IndexFolderTakenCliTest {
    @TempDir
    Path dir;

    @Test
    void searchAndImportGoOnAndCheckNamesTheFileInTheIndexFoldersPlace() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Path folder = dir.resolve("sample.parallax.index");
        Files.writeString(folder, "not an index");

        Cli search = Cli.parallax("search", project, "NATO");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(search.out()).contains("hits in 11 documents");
        Path text = TestProjects.textFile(dir, "new.txt", "NATO and Russia met at Qwertyuiop.");
        Cli imported = Cli.parallax("import", project, text);
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(Cli.parallax("search", project, "Qwertyuiop").out()).contains("1 hit in 1 document");

        Cli check = Cli.parallax("check", project);
        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.out()).contains("the search index folder " + folder + " is a file, not a folder")
                .contains("move it away");
        assertThat(Files.readString(folder)).isEqualTo("not an index");
    }

    @Test
    void aLinkToNothingInTheIndexFoldersPlaceIsNamedTheSameWay() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Path folder = Files.createSymbolicLink(dir.resolve("sample.parallax.index"), dir.resolve("gone"));

        Cli search = Cli.parallax("search", project, "NATO");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(Cli.parallax("check", project).out()).contains("the search index folder " + folder + " is a file");
    }
}
