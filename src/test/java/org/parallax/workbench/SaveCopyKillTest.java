package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * File → Save a copy… killed (SIGKILL, a power cut) after the copy was written and before it was moved to its name
 * left {@code .NAME.tmp}, as large as the project, beside the name chosen, for good: no later copy into the folder
 * removed it unless it was made under the very same name. The copy is absent, and the next copy into the folder,
 * under any name, removes the killed one's temporary file and leaves alone one a running program writes.
 */
class SaveCopyKillTest {
    @TempDir
    Path dir;

    @Test
    void aCopyKilledBeforeItsMoveLeavesNoCopyAndTheNextCopyIntoTheFolderRemovesWhatItLeft() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("project")));
        Path copies = Files.createDirectories(dir.resolve("copies"));
        Path killed = copies.resolve("thesis copy.parallax");

        CopyChild.killOnceWritten(project, killed, dir);

        assertThat(killed).as("no copy under the name chosen").doesNotExist();
        assertThat(names(copies)).as("the killed copy's temporary file").isNotEmpty();
        long running = ProcessHandle.current().parent().orElseThrow().pid();
        Path runningCopy = Files.writeString(copies.resolve(".other.parallax.tmp-" + running), "being written");
        Path researchers = Files.writeString(copies.resolve(".notes.tmp"), "not ours");

        Path next = copies.resolve("thesis copy 2.parallax");
        try (Workbench wb = Workbench.open(project)) {
            wb.backups().copyTo(next);
        }

        assertThat(names(copies)).containsExactlyInAnyOrder("thesis copy 2.parallax", ".other.parallax.tmp-"
                + running, ".notes.tmp");
        Files.delete(runningCopy);
        Files.delete(researchers);
        Cli check = Cli.parallax("check", next);
        assertThat(check.out()).as(check.err()).contains("no problems found (15 documents");
        assertThat(check.exit()).isZero();
    }

    /**
     * `parallax backup PROJECT --to FILE` killed the same way: no file under the name given, and the next copy into
     * that folder removes what the killed one left.
     */
    @Test
    void aBackupToAFileKilledBeforeItsMoveLeavesNoFileThere() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("project")));
        Path usb = Files.createDirectories(dir.resolve("USB stick"));
        Path killed = usb.resolve("thesis.parallax");

        CopyChild.killBackupToOnceWritten(project, killed, dir);

        assertThat(killed).as("no copy under the name given").doesNotExist();
        assertThat(names(usb)).as("the killed copy's temporary file").singleElement().asString()
                .startsWith(".thesis.parallax.tmp-");
        Path next = usb.resolve("thesis again.parallax");
        assertThat(Cli.parallax("backup", project, "--to", next).exit()).isZero();
        assertThat(names(usb)).containsExactly("thesis again.parallax");
        Cli check = Cli.parallax("check", next);
        assertThat(check.out()).as(check.err()).contains("no problems found (15 documents");
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
