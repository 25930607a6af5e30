package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * `new` in a folder that is not there said "study.parallax: cannot create project (path to '…/study.parallax': '…'
 * does not exist)", SQLite's words; the line now names the folder and what to do, and makes nothing.
 */
class NewProjectFolderCliTest {
    @TempDir
    Path dir;

    @Test
    void aProjectInAMissingFolderIsRefusedInOneLineSayingWhatToDo() throws IOException {
        Path folder = dir.resolve("fieldwork").resolve("2024");

        Cli made = Cli.parallax("new", folder.resolve("study.parallax"));

        assertThat(made.exit()).isEqualTo(1);
        assertThat(made.err().strip()).hasLineCount(1)
                .isEqualTo("error: study.parallax: the folder " + folder + " does not exist; make it first, or give "
                        + "a path in a folder that exists")
                .doesNotContain("path to");
        try (var left = Files.list(dir)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aProjectInsideAFileIsRefusedInOneLineSayingWhatToDo() throws IOException {
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a folder");

        Cli made = Cli.parallax("new", notes.resolve("study.parallax"));

        assertThat(made.exit()).isEqualTo(1);
        assertThat(made.err().strip()).hasLineCount(1)
                .isEqualTo("error: study.parallax: " + notes + " is a file, not a folder; give a path in a folder");
        assertThat(Files.readString(notes)).isEqualTo("not a folder");
    }
}
