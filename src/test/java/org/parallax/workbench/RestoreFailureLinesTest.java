package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ParallaxException;
import org.parallax.store.KilledWritersTemps;
import org.parallax.testutil.TestProjects;

/**
 * A restore that fails at a step after the folder check: its one line ended with the path Java's exception carried
 * ("cannot restore B (/…/.NAME.restoring.tmp-PID); the project file is unchanged"), naming neither what failed nor
 * the backup that keeps the project as it was. Each line now says which step failed, why in words, and what is intact.
 */
class RestoreFailureLinesTest {
    @TempDir
    Path dir;

    @Test
    void aCopyThatCannotBeWrittenSaysWhatFailedAndWhereTheProjectAsItWasIsKept() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("study")));
        Backup backup = new Backup(TestProjects.sampleCopy(Files.createDirectories(dir.resolve("other"))),
                Instant.EPOCH, "chosen file");
        byte[] before = Files.readAllBytes(project);
        // A folder of the temporary copy's name, with something in it, stands in the way of the copy.
        Path inTheWay = Files.createDirectories(KilledWritersTemps.beside(project, ".restoring.tmp"));
        Files.writeString(inTheWay.resolve("note.txt"), "in the way");

        assertThatThrownBy(() -> Restore.restore(project, backup)).isInstanceOf(ParallaxException.class)
                .satisfies(e -> assertThat(e.getMessage())
                        .startsWith("sample.parallax: cannot restore sample.parallax: its copy could not be written "
                                + "beside the project (" + inTheWay.getFileName() + " is in the way")
                        .contains("the project file is unchanged; the project as it was is also kept in the backup "
                                + keptBeforeRestore(project))
                        .doesNotContain(dir.toString(), "\n"));
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void aBackupsFolderNameTakenByAFileIsNamedAsTheCauseNotLeftAsAPath() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("study")));
        Backup backup = new Backup(TestProjects.sampleCopy(Files.createDirectories(dir.resolve("other"))),
                Instant.EPOCH, "chosen file");
        assertThat(Backups.folder(project)).doesNotExist();
        Files.writeString(Backups.folder(project), "notes");
        byte[] before = Files.readAllBytes(project);

        assertThatThrownBy(() -> Restore.restore(project, backup)).isInstanceOf(ParallaxException.class)
                .hasMessage("sample.parallax: cannot keep a copy of it before restoring: cannot write a backup into "
                        + Backups.folder(project) + " (it is a file, not a folder: move it away); nothing was changed");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    private static String keptBeforeRestore(Path project) {
        return Backups.list(project).stream().filter(b -> b.reason().equals("before restore")).findFirst()
                .orElseThrow().file().getFileName().toString();
    }
}
