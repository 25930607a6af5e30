package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Backup;
import org.parallax.workbench.Backups;

/**
 * The window opening a project file that an older copy replaced while a newer backup lies beside it: the strip under
 * the menu names the newer backup and how to restore it (it opened without a word).
 */
class NewerBackupBannerTest {
    @TempDir
    Path dir;

    @Test
    void theStripUnderTheMenuNamesTheNewerBackup() throws Exception {
        Path mine = dir.resolve("mine.parallax");
        Cli.ok("new", mine);
        Cli.ok("import", mine, TestProjects.textFile(dir, "a.txt", "NATO and Russia met in Paris."));
        Path older = Files.copy(mine, dir.resolve("older copy.parallax"));
        Cli.ok("document", mine, "1", "--title", "Retitled after the copy");
        Cli.ok("backup", mine);
        Backup newer = Backups.list(mine).get(0);
        Files.copy(older, mine, StandardCopyOption.REPLACE_EXISTING);

        try (UiFixture fixture = UiFixture.open(mine, dir)) {
            assertThat(fixture.main.backups().openingNoteProperty().get())
                    .startsWith("mine.parallax holds an earlier state than its newest backup, "
                            + newer.file().getFileName())
                    .contains("File → Restore from backup…");
        }
    }
}
