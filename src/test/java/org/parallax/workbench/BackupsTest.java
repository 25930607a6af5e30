package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/** Backups are whole snapshots beside the project, taken before destructive actions, and restore brings them back. */
class BackupsTest {
    @TempDir
    Path dir;

    @Test
    void openingAProjectWithoutARecentBackupTakesOneAndTheNextOpenDoesNot() {
        Path project = projectWithSamples();
        assertThat(Backups.list(project)).isEmpty();
        try (Workbench wb = Workbench.open(project)) {
            assertThat(Backups.list(project)).singleElement().satisfies(b -> assertThat(b.reason()).isEqualTo("daily"));
        }
        try (Workbench wb = Workbench.open(project)) {
            assertThat(Backups.list(project)).hasSize(1);
        }
        BackupSummary summary = Backups.summarise(Backups.list(project).get(0));
        assertThat(summary.documents()).isEqualTo(15);
        assertThat(namesIn(Backups.folder(project))).allMatch(n -> n.endsWith(".parallax"));
    }

    @Test
    void deletingADocumentIsPrecededByABackupThatRestoreBringsBack() {
        Path project = projectWithSamples();
        long deleted;
        int passages;
        try (Workbench wb = Workbench.open(project)) {
            Document doc = wb.documents().list().get(3);
            deleted = doc.id();
            Code code = wb.codebook().current().codes().get(0);
            wb.coding().code(deleted, 0, 20, code.id(), "kept by the backup");
            passages = wb.passageCount();
            wb.documents().delete(deleted);
            assertThat(wb.documents().get(deleted)).isEmpty();
        }
        Backup before = Backups.list(project).get(0);
        assertThat(before.reason()).isEqualTo("before delete document");
        assertThat(Backups.summarise(before).passages()).isEqualTo(passages);

        Restore.Outcome outcome = Restore.restore(project, before);
        assertThat(outcome.keptCurrent().reason()).isEqualTo("before restore");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().get(deleted)).isPresent();
            assertThat(wb.passageCount()).isEqualTo(passages);
            assertThat(wb.integrityCheck()).isEqualTo("ok");
        }
        assertThat(Backups.summarise(outcome.keptCurrent()).documents()).isEqualTo(14);
    }

    @Test
    void deletingAndMergingCodesAndImportingACodebookAreEachPrecededByABackup() {
        Path project = projectWithSamples();
        try (Workbench wb = Workbench.open(project)) {
            List<Code> codes = wb.codebook().current().codes().stream().filter(c -> !c.isScenarioCode()).toList();
            wb.coding().code(1, 0, 10, codes.get(0).id(), null);
            wb.codebook().deleteCode(codes.get(0).id());
            wb.coding().code(1, 0, 10, codes.get(1).id(), null);
            wb.codebook().mergeCode(codes.get(1).id(), codes.get(2).id());
            wb.codebook().install(wb.codebook().definition());
        }
        assertThat(Backups.list(project)).extracting(Backup::reason)
                .containsExactly("before codebook import", "before merge codes", "before delete code", "daily");
    }

    @Test
    void aSecondDestructiveActionWithNothingChangedInBetweenReusesTheBackup() {
        Path project = projectWithSamples();
        try (Workbench wb = Workbench.open(project)) {
            Backup first = wb.backups().current("manual");
            assertThat(wb.backups().current("manual")).isEqualTo(first);
            wb.documents().delete(1);
            assertThat(Backups.list(project)).hasSize(1);
        }
    }

    @Test
    void restoreRefusesADamagedBackupAndLeavesTheProjectAlone() throws Exception {
        Path project = projectWithSamples();
        try (Workbench wb = Workbench.open(project)) {
            wb.backups().current("manual");
        }
        Backup backup = Backups.list(project).get(0);
        Files.write(backup.file(), new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.TRUNCATE_EXISTING);
        byte[] before = Files.readAllBytes(project);
        assertThatThrownBy(() -> Restore.restore(project, backup)).hasMessageContaining("cannot be restored");
        assertThat(Files.readAllBytes(project)).isEqualTo(before);
    }

    @Test
    void rotationKeepsTheNewestTenAndOnePerDayAndPerWeek() {
        Instant now = Instant.parse("2026-12-01T12:00:00Z");
        List<Backup> all = new ArrayList<>();
        for (int hour = 0; hour < 24 * 90; hour += 6) {
            all.add(new Backup(Path.of(hour + ".parallax"), now.minus(Duration.ofHours(hour)), "test"));
        }
        List<Backup> deleted = BackupRotation.toDelete(all, now);
        List<Backup> kept = all.stream().filter(b -> !deleted.contains(b)).toList();
        assertThat(kept).hasSizeBetween(10 + 11, 10 + 14 + 8);
        assertThat(kept).containsAll(all.subList(0, 10));
        assertThat(kept).allMatch(b -> b.taken().isAfter(now.minus(Duration.ofDays(8 * 7))));
        assertThat(kept).anyMatch(b -> b.taken().isBefore(now.minus(Duration.ofDays(7 * 7))));
    }

    @Test
    void aCopyKeptBeforeAnUpgradeOutlivesTheRotation() {
        Instant now = Instant.now();
        List<Backup> all = new ArrayList<>();
        Backup beforeUpgrade = new Backup(Path.of("old.parallax"), now.minus(Duration.ofDays(100)),
                "before upgrade from schema 3");
        all.add(beforeUpgrade);
        for (int hour = 0; hour < 24 * 90; hour += 6) {
            all.add(new Backup(Path.of(hour + ".parallax"), now.minus(Duration.ofHours(hour)), "daily"));
        }
        List<Backup> deleted = BackupRotation.toDelete(all, now);
        assertThat(deleted).doesNotContain(beforeUpgrade).isNotEmpty();
    }

    @Test
    void theCliBacksUpListsAndRestoresInAFolderWithSpacesAndCyrillicLetters() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("Мои проекты 2026"));
        Path project;
        try (Workbench wb = Workbench.create(folder.resolve("исследование НАТО.parallax"),
                org.parallax.io.CodebookTemplates.named("table1"))) {
            TestProjects.importSamples(wb);
            project = wb.file();
        }
        Cli backup = Cli.parallax("backup", project);
        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(backup.out()).contains("Backup written to").contains(".parallax.backups");
        assertThat(Cli.parallax("uncode", project, "--segment", "1").exit()).isNotNegative();

        Cli list = Cli.parallax("restore", project);
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("documents", "passages", "manual").contains(" 15 ");

        Cli restore = Cli.parallax("restore", project, "1");
        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("Kept the current file as").contains("Restored").contains("15 documents");
        assertThat(Cli.parallax("restore", project, "99").err()).contains("no backup number 99");
    }

    /**
     * `parallax backup` of a project with no backup of the day opened it, which took the daily backup, and then took
     * the one asked for: two copies of one state a moment apart, each pushing an older backup out of the newest ten.
     * The daily one, checked first as always, is now the one asked for, named "manual".
     */
    @Test
    void theCliBackupOfAProjectDueItsDailyBackupWritesOneBackupNamedAsAskedFor() {
        Path project = projectWithSamples();

        Cli backup = Cli.parallax("backup", project);

        assertThat(backup.exit()).as(backup.err()).isZero();
        assertThat(Backups.list(project)).singleElement().satisfies(b -> {
            assertThat(b.reason()).isEqualTo("manual");
            assertThat(b.file().getFileName().toString()).endsWith("_manual.parallax");
            assertThat(backup.out().strip()).isEqualTo("Backup written to " + b.file());
            assertThat(Backups.verified(b).sound()).isTrue();
        });
        assertThat(Cli.parallax("backup", project).exit()).isZero();
        assertThat(Backups.list(project)).hasSize(2).allSatisfy(b -> assertThat(b.reason()).isEqualTo("manual"));
    }

    private Path projectWithSamples() {
        try (Workbench wb = TestProjects.table1(dir)) {
            TestProjects.importSamples(wb);
            return wb.file();
        }
    }

    private static List<String> namesIn(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
