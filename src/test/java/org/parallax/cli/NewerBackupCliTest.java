package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Backup;
import org.parallax.workbench.Backups;

/**
 * The project file replaced by an older copy (a sync tool's conflicted copy, a copy brought back from a USB stick)
 * while a newer backup lies beside it: it opened without a word and the work since the copy looked lost. Opening says
 * so in one line naming the newer backup and the command that restores it, and changes nothing; the researcher may
 * mean it, and once the file is backed up as it is the note goes.
 */
class NewerBackupCliTest {
    @TempDir
    Path dir;

    @Test
    void anOlderCopyInThePlaceOfTheFileIsToldWithTheNewerBackupAndRestoreBringsItBack() throws Exception {
        Path mine = myProject();
        Path older = Files.copy(mine, Files.createDirectories(dir.resolve("USB stick")).resolve("mine.parallax"));
        Cli.ok("document", mine, "1", "--title", "Retitled after the copy");
        Cli.ok("backup", mine);
        Backup newer = Backups.list(mine).get(0);
        Files.copy(older, mine, StandardCopyOption.REPLACE_EXISTING);

        Cli docs = Cli.ok("docs", mine);
        Cli check = Cli.parallax("check", mine);

        String note = "note: mine.parallax holds an earlier state than its newest backup, " + newer.file().getFileName()
                + " (taken ";
        assertThat(docs.err().lines().toList()).singleElement().asString().startsWith(note)
                .containsPattern("; save \\d+ of the project, the file holds save \\d+\\): the file may have been "
                        + "replaced by an older copy")
                .contains("parallax restore " + mine + " " + newer.file().getFileName());
        assertThat(docs.out()).doesNotContain("Retitled after the copy");
        assertThat(check.err()).startsWith(note);
        assertThat(check.out()).contains("no problems found");

        Cli.ok("restore", mine, newer.file().getFileName());
        Cli restored = Cli.ok("docs", mine);
        assertThat(restored.out()).contains("Retitled after the copy");
        assertThat(restored.err()).doesNotContain("earlier state");
    }

    @Test
    void aFileKeptAsItIsByABackupIsNoLongerTold() throws Exception {
        Path mine = myProject();
        Path older = Files.copy(mine, dir.resolve("older.parallax"));
        Cli.ok("document", mine, "1", "--title", "Retitled after the copy");
        Cli.ok("backup", mine);
        Files.copy(older, mine, StandardCopyOption.REPLACE_EXISTING);
        assertThat(Cli.ok("docs", mine).err()).contains("holds an earlier state than its newest backup");

        Cli.ok("backup", mine);

        assertThat(Cli.ok("docs", mine).err()).isEmpty();
    }

    private Path myProject() {
        Path mine = dir.resolve("mine.parallax");
        Cli.ok("new", mine);
        Cli.ok("import", mine, TestProjects.textFile(dir, "a.txt", "NATO and Russia met in Paris."),
                TestProjects.textFile(dir, "b.txt", "The Council met in Rome in 2002."));
        return mine;
    }
}
