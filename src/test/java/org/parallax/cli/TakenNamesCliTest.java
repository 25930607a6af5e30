package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * {@code parallax new study.parallax} beside a folder of that name said the project "already exists", sending the
 * user to look for a file that was never there; {@code parallax merge P P} merged the project into itself without a
 * word, every passage a second time.
 */
class TakenNamesCliTest {
    @TempDir
    Path dir;

    @Test
    void aNewProjectNamedAsAFolderIsToldItIsAFolder() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("study.parallax"));

        Cli refused = Cli.parallax("new", folder);

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).isEqualTo("error: study.parallax: is a folder, not a project file; give the "
                + "new project another name, or a name in that folder (study.parallax/NAME.parallax)");
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aProjectIsNotMergedIntoItselfHoweverItsPathIsWritten() {
        Path project = TestProjects.sampleCopy(dir);
        String before = Cli.ok("segments", project, "--format", "csv").out();

        for (Path same : new Path[] {project, dir.resolve(".").resolve("sample.parallax")}) {
            Cli refused = Cli.parallax("merge", project, same);

            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err().strip()).isEqualTo("error: sample.parallax is the project itself: merge adds "
                    + "another coder's project (a copy they coded, a .qdpx they exported); nothing was merged");
        }
        assertThat(Cli.ok("segments", project, "--format", "csv").out()).isEqualTo(before);
    }
}
