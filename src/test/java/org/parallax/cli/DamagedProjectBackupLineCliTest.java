package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.DamagedPages;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Backup;
import org.parallax.workbench.Backups;
import org.parallax.workbench.Workbench;

/**
 * A command that opened a damaged project read-only named the damage, but not the way back: the window's banner
 * offers the newest backup that passes the check, the command line left the researcher to list the backups and guess
 * which of them is sound. The warning now names that backup and the command that restores it.
 */
class DamagedProjectBackupLineCliTest {
    @TempDir
    Path dir;

    @Test
    void aCommandOnADamagedProjectNamesTheNewestSoundBackupAndTheCommandThatRestoresIt() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(project)) {
            assertThat(Backups.list(project)).as("the daily backup").hasSize(1);
        }
        Backup sound = Backups.list(project).get(0);
        DamagedPages.zeroRootPage(project, "saved_searches");
        String restore = "parallax restore " + project.toAbsolutePath() + " " + sound.file().getFileName();

        for (List<Object> command : List.<List<Object>>of(List.of("docs", project), List.of("tally", project),
                List.of("export", "csv", project, dir.resolve("passages.csv")))) {
            Cli run = Cli.parallax(command.toArray());

            assertThat(run.exit()).as("%s", command.get(0)).isZero();
            assertThat(run.err().lines().toList()).as("%s", command.get(0)).singleElement().asString()
                    .startsWith("warning: sample.parallax is open read-only: the file is damaged (SQLite's check found")
                    .contains("the newest sound backup is from ")
                    .contains("(daily, 15 documents, 71 passages)")
                    .endsWith(": restore it with: " + restore);
        }

        Cli restored = Cli.parallax((Object[]) restore.substring("parallax ".length()).split(" "));
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(Cli.parallax("docs", project).err()).isEmpty();
    }

    /**
     * Commands that open the project read-only on purpose (listings of hypotheses, the ledger, events, evidence, the
     * assistant's figures, a tracing export) said nothing of the damage, so the researcher read on without the way back.
     */
    @Test
    void everyCommandThatOpensTheProjectReadOnlySaysSoTheSameWay() throws Exception {
        String set = EvidenceWithoutPassagesCliTest.SET;
        Path project = EvidenceWithoutPassagesCliTest.itemWithoutPassages(dir);
        Backup sound = Backups.list(project).get(0);
        DamagedPages.zeroRootPage(project, "saved_searches");
        String restore = "parallax restore " + project.toAbsolutePath() + " " + sound.file().getFileName();

        for (List<Object> command : List.<List<Object>>of(List.of("hypotheses", project),
                List.of("ledger", project, "--set", set), List.of("event", "list", project),
                List.of("evidence", project, "--set", set), List.of("assistant", "evaluate", project),
                List.of("assistant", "suggest", project, "--doc", 1), List.of("check", project),
                List.of("export", "tracing", project, dir.resolve("ledger.csv"), "--set", set))) {
            Cli run = Cli.parallax(command.toArray());

            assertThat(run.exit()).as("%s: %s", command, run.err()).isEqualTo(command.get(0).equals("check") ? 1 : 0);
            assertThat(run.err().lines().filter(line -> line.contains("read-only")).toList()).as("%s", command)
                    .singleElement().asString()
                    .startsWith("warning: study.parallax is open read-only: the file is damaged (SQLite's check found")
                    .endsWith(": restore it with: " + restore);
        }
    }

    /**
     * A command that came to write (code a passage, write a memo, import a text) was refused in one line naming the
     * damage but not the backup to restore, while a listing of the same file named it: the researcher about to work
     * was the one left to guess. The refusal now ends with the way back, and the file is not touched.
     */
    @Test
    void aWriteRefusedOnADamagedProjectNamesTheNewestSoundBackupInItsOneLine() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(project)) {
            assertThat(Backups.list(project)).as("the daily backup").hasSize(1);
        }
        Backup sound = Backups.list(project).get(0);
        DamagedPages.zeroRootPage(project, "saved_searches");
        byte[] damaged = Files.readAllBytes(project);
        String restore = "parallax restore " + project.toAbsolutePath() + " " + sound.file().getFileName();
        Path text = TestProjects.textFile(dir, "readout.txt", "NATO and Russia met in the Council.");

        for (List<Object> command : List.<List<Object>>of(
                List.of("code", project, "--doc", 1, "--start", 0, "--end", 5, "--code", "Balance of power"),
                List.of("memo", project, "--project", "--text", "a note"), List.of("import", project, text))) {
            Cli run = Cli.parallax(command.toArray());

            assertThat(run.exit()).as("%s", command.get(0)).isNotZero();
            assertThat(run.err().lines().toList()).as("%s", command.get(0)).singleElement().asString()
                    .startsWith("error: sample.parallax is open read-only: the file is damaged (SQLite's check found")
                    .contains("the newest sound backup is from ")
                    .contains("(daily, 15 documents, 71 passages)")
                    .endsWith(": restore it with: " + restore);
            assertThat(Arrays.equals(Files.readAllBytes(project), damaged)).as("%s wrote", command.get(0)).isTrue();
        }
    }
}
