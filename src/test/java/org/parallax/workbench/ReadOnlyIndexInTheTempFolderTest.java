package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.search.SearchOptions;

/**
 * A project Parallax may not write (a read-only file, a damaged one) is searched through an index in the temp folder.
 * That index, as large as the project's, stayed there after the project was closed, one per project for good, and a
 * process killed with it open left it too. It is now this process's own: deleted on close, and one a process that is
 * gone left (or an older Parallax, which named it by the project alone) removed by the next such index.
 */
class ReadOnlyIndexInTheTempFolderTest {
    private static final Path TEMP = Path.of(System.getProperty("java.io.tmpdir"));

    @TempDir
    Path dir;
    private Path project;

    @AfterEach
    void writable() throws Exception {
        if (project != null) {
            Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    @Test
    void theIndexOfAReadOnlyProjectIsDeletedWhenItCloses() throws Exception {
        readOnlySample();
        Path folder;
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.readOnlyReason()).isPresent();
            assertThat(wb.search().search("NATO", SearchOptions.defaults()).totalHits()).isEqualTo(145);
            folder = wb.search().indexFolder();
            assertThat(folder).startsWith(TEMP).isDirectory();
        }

        assertThat(folder).doesNotExist();
    }

    @Test
    void theNextReadOnlyIndexRemovesThoseOfProcessesThatAreGoneAndNoOther() throws Exception {
        Process ended = new ProcessBuilder("true").start();
        ended.waitFor();
        Path killed = leftover("parallax-index-private-" + ended.pid() + "-" + 1234567);
        Path olderParallax = leftover("parallax-index-" + HexFormat.of().toHexDigits(
                ThreadLocalRandom.current().nextLong()));
        Files.setLastModifiedTime(olderParallax, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path running = leftover("parallax-index-private-" + ProcessHandle.current().pid() + "-" + 7654321);
        Path notParallax = leftover("parallax-index-of-another-program");
        readOnlySample();
        try {
            try (Workbench wb = Workbench.open(project)) {
                assertThat(wb.search().search("NATO", SearchOptions.defaults()).totalHits()).isEqualTo(145);
            }

            assertThat(killed).as("a killed process's").doesNotExist();
            assertThat(olderParallax).as("an older Parallax's, two hours old").doesNotExist();
            assertThat(running).as("a running process's").isDirectory();
            assertThat(notParallax).as("another program's").isDirectory();
        } finally {
            for (Path left : new Path[] {killed, olderParallax, running, notParallax}) {
                TempFolder.delete(left);
            }
        }
    }

    private void readOnlySample() throws Exception {
        project = dir.resolve("study.parallax");
        SampleProject.build(Path.of("samples"), project);
        TempFolder.delete(Path.of(project + ".index"));
        Files.setPosixFilePermissions(project, PosixFilePermissions.fromString("r--r--r--"));
    }

    private static Path leftover(String name) throws Exception {
        Path folder = Files.createDirectories(TEMP.resolve(name));
        Files.writeString(folder.resolve("_0.cfs"), "an index's file");
        return folder;
    }
}
