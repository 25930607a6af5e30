package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * Two backups of one project taken in the same millisecond for the same reason (a window's Back up now and a
 * `parallax backup`, two commands) are named alike. The second was moved over the first, which was lost without a
 * word; now it takes a name of its own and both are kept.
 */
class BackupsNamedAlikeTest {
    @TempDir
    Path dir;

    @AfterEach
    void removeHook() {
        Backups.backupWritten = target -> { };
    }

    @Test
    void aBackupNamedAlikeMeanwhileIsKeptAndTheNewOneTakesAFreshName() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("project")));
        String theirs = sha256(project);
        AtomicReference<Path> taken = new AtomicReference<>();
        Backups.backupWritten = target -> {
            if (target.getFileName().toString().endsWith("_manual.parallax")) {
                taken.set(copy(project, target));
            }
        };

        Backup ours;
        try (Workbench wb = Workbench.open(project)) {
            wb.coding().code(wb.documents().list().get(0).id(), 0, 12, wb.codebook().current().codes().get(0).id(),
                    "saved after the other program's backup");
            ours = wb.backups().take("manual");
        }

        assertThat(taken.get()).as("the hook ran").isNotNull();
        assertThat(sha256(taken.get())).as("the backup named alike, as it was").isEqualTo(theirs);
        assertThat(ours.file()).isNotEqualTo(taken.get()).exists();
        assertThat(ours.reason()).isEqualTo("manual");
        List<Path> manual = Backups.list(project).stream().filter(b -> b.reason().equals("manual"))
                .map(Backup::file).toList();
        assertThat(manual).containsExactlyInAnyOrder(taken.get(), ours.file());
        assertThat(Backups.verified(ours).sound()).isTrue();
        assertThat(Backups.summarise(ours).passages()).isEqualTo(Backups.summarise(backupOf(project, taken.get())).passages() + 1);
    }

    @Test
    void parallaxBackupNamesTheFileItWroteWhenItsNameWasTaken() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("project")));
        try (Workbench wb = Workbench.open(project)) {
            assertThat(Backups.list(project)).as("the day's backup, so the command writes one of its own").hasSize(1);
        }
        String theirs = sha256(project);
        AtomicReference<Path> taken = new AtomicReference<>();
        Backups.backupWritten = target -> {
            if (target.getFileName().toString().endsWith("_manual.parallax")) {
                taken.set(copy(project, target));
            }
        };

        Cli backup = Cli.parallax("backup", project);

        assertThat(backup.exit()).isZero();
        assertThat(taken.get()).as("the hook ran").isNotNull();
        assertThat(sha256(taken.get())).isEqualTo(theirs);
        List<Path> manual = Backups.list(project).stream().filter(b -> b.reason().equals("manual"))
                .map(Backup::file).toList();
        assertThat(manual).hasSize(2).contains(taken.get());
        Path ours = manual.stream().filter(f -> !f.equals(taken.get())).findFirst().orElseThrow();
        assertThat(backup.out()).contains("Backup written to " + ours);
    }

    private static Backup backupOf(Path project, Path file) {
        return Backups.list(project).stream()
                .filter(b -> b.file().equals(file)).findFirst().orElseThrow();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    private static Path copy(Path project, Path target) {
        try {
            return Files.copy(project, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
