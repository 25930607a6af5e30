package org.parallax.ui.backups;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Backups;

/**
 * A project file the window cannot open: one cut short or emptied (a crash while a sync client or a copy wrote it)
 * is offered its newest sound backup in its place, since File → Restore from backup… needs an open project and the
 * error only named a command; a file from a newer Parallax is refused in words and never offered a backup, which
 * would throw away its newer work.
 */
class UnopenableProjectWindowTest {
    @TempDir
    Path dir;

    @Test
    void aProjectCutShortIsOfferedItsNewestSoundBackupAndOpensRestored() throws Exception {
        for (long size : new long[] {8192, 8192 + 100, 100, 0}) {
            Path project = UiFixture.createProject(Files.createDirectories(dir.resolve("cut " + size)));
            try (UiFixture fixture = UiFixture.open(project, dir)) {
                assertThat(Backups.list(project)).hasSize(1);
                fixture.main.close();
                cut(project, size);

                fixture.main.open(project);

                assertThat(fixture.dialogs.errors).as("cut to %d bytes", size).isEmpty();
                assertThat(fixture.dialogs.confirmations).singleElement().asString()
                        .startsWith("test.parallax is ").contains("Restore its newest sound backup (")
                        .contains("2 documents, 0 passages").contains("kept as a backup first");
                assertThat(fixture.main.context().workbench().file()).isEqualTo(project);
                assertThat(fixture.main.context().workbench().documents().list()).hasSize(2);
                assertThat(Backups.list(project)).filteredOn(b -> b.reason().equals("before restore"))
                        .singleElement().satisfies(kept -> assertThat(Files.size(kept.file())).isEqualTo(size));
            }
        }
    }

    @Test
    void decliningTheOfferLeavesTheCutFileAsItIs() throws Exception {
        try (UiFixture fixture = UiFixture.open(dir)) {
            fixture.main.close();
            cut(fixture.project, 100);
            fixture.dialogs.confirmAnswer = false;

            fixture.main.open(fixture.project);

            assertThat(fixture.dialogs.confirmations).hasSize(1);
            assertThat(Files.size(fixture.project)).isEqualTo(100);
            assertThat(fixture.main.context().workbench()).isNull();
        }
    }

    @Test
    void aProjectFromANewerParallaxIsRefusedInWordsAndOfferedNoBackup() throws Exception {
        try (UiFixture fixture = UiFixture.open(dir)) {
            fixture.main.close();
            int newer;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fixture.project);
                 Statement s = c.createStatement()) {
                var rs = s.executeQuery("PRAGMA user_version");
                newer = rs.getInt(1) + 1;
                s.execute("PRAGMA user_version = " + newer);
            }
            byte[] before = Files.readAllBytes(fixture.project);

            fixture.main.open(fixture.project);

            assertThat(fixture.dialogs.errors).containsExactly("test.parallax: project was written by a newer "
                    + "Parallax (schema " + newer + ", this version reads up to " + (newer - 1) + "): update Parallax to "
                    + "open it");
            assertThat(fixture.dialogs.confirmations).isEmpty();
            assertThat(Files.readAllBytes(fixture.project)).isEqualTo(before);
            assertThat(Backups.list(fixture.project)).hasSize(1);
        }
    }

    private static void cut(Path file, long size) throws Exception {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(size);
        }
    }
}
