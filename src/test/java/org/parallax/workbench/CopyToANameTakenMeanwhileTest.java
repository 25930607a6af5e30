package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * A copy to a name of the researcher's (File → Save a copy…, `parallax backup PROJECT --to FILE`) checked that the name
 * was free and, once the copy was written, renamed it over whatever had been made there meanwhile (another program's
 * file, a second copy to the same USB stick): that file was replaced without a word. It is left as it is now, and the
 * copy says in one line that it was not written.
 */
class CopyToANameTakenMeanwhileTest {
    private static final String THEIRS = "a file another program made while the copy was being written\n";

    @TempDir
    Path dir;

    @AfterEach
    void removeHook() {
        Backups.copyWritten = temp -> { };
    }

    @Test
    void aFileMadeAtTheNameWhileTheCopyWasWrittenIsLeftAsItIs() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("project")));
        Path usb = Files.createDirectories(dir.resolve("USB stick"));
        Path target = usb.resolve("thesis.parallax");
        Backups.copyWritten = temp -> write(target);

        try (Workbench wb = Workbench.open(project)) {
            assertThatThrownBy(() -> wb.backups().copyTo(target)).isInstanceOf(ParallaxException.class)
                    .hasMessage("thesis.parallax: already exists (made there while the copy was being written, and "
                            + "left as it is; nothing was written: choose another name)");
        }

        assertThat(Files.readString(target)).isEqualTo(THEIRS);
        assertThat(names(usb)).as("the copy's temporary file removed").containsExactly("thesis.parallax");
    }

    @Test
    void backupToAFileMadeMeanwhileSaysSoInOneLine() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("project")));
        Path usb = Files.createDirectories(dir.resolve("USB stick"));
        Path target = usb.resolve("thesis.parallax");
        Backups.copyWritten = temp -> write(target);

        Cli backup = Cli.parallax("backup", project, "--to", target);

        assertThat(backup.exit()).isNotZero();
        assertThat(backup.out()).doesNotContain("Copy written");
        assertThat(backup.err().lines().toList()).containsExactly("error: thesis.parallax: already exists (made there "
                + "while the copy was being written, and left as it is; nothing was written: choose another name)");
        assertThat(Files.readString(target)).isEqualTo(THEIRS);
        assertThat(names(usb)).containsExactly("thesis.parallax");
    }

    private static void write(Path target) {
        try {
            Files.writeString(target, THEIRS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
