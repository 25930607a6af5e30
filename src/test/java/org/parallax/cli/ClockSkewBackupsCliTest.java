package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * Backups are named by the computer's clock. A clock that was a year ahead for a while (a wrong year set by hand, a
 * dual-boot machine) and is right again leaves backups dated in the future; so does a clock that falls behind (a
 * flat CMOS battery). Those dates then counted as the newest: every backup taken since was deleted by the rotation as
 * soon as the next was taken (the backup before a removal, the only way back to the removed document, was gone after
 * the next removal), `restore PROJECT 1` put one of the old backups in place, and no daily backup was taken until
 * the clock reached their dates.
 */
class ClockSkewBackupsCliTest {
    private static final Pattern WRITTEN = Pattern.compile("backup before the removal: (\\S+\\.parallax)");

    @TempDir
    Path dir;

    @Test
    void theBackupBeforeARemovalOutlivesTheNextRemovalAndIsListedFirstWhenOlderBackupsAreDatedAhead() throws Exception {
        Path project = projectWithThreeDocuments();
        List<Path> ahead = backupsDatedAYearAhead(project, 12);

        Path beforeFirst = removedWithBackup(project, "1");
        Path beforeSecond = removedWithBackup(project, "2");

        assertThat(beforeFirst).as("the way back to document 1").exists();
        assertThat(beforeSecond).exists();
        assertThat(ahead).allMatch(Files::exists);
        Cli listing = Cli.parallax("restore", project);
        List<String> rows = listing.out().lines().filter(l -> l.matches("\\s*\\d+\\s.*")).toList();
        assertThat(rows).hasSize(2 + 12);
        assertThat(rows.get(0)).endsWith(beforeSecond.getFileName().toString());
        assertThat(rows.get(1)).endsWith(beforeFirst.getFileName().toString());
        assertThat(listing.out()).contains("note: backups 3-14 are dated after this computer's clock");
        Cli restore = Cli.parallax("restore", project, "1");
        assertThat(restore.out()).as(restore.err()).contains("Restored " + beforeSecond.getFileName() + " (2 documents");
    }

    @Test
    void aDailyBackupIsTakenOnOpenWhenTheOnlyRecentBackupsAreDatedAhead() throws Exception {
        Path project = projectWithThreeDocuments();
        backupsDatedAYearAhead(project, 1);

        Cli coding = Cli.parallax("code", project, "--doc", "1", "--start", "0", "--end", "4", "--code",
                "Balance of power");

        assertThat(coding.exit()).as(coding.err()).isZero();
        assertThat(namesIn(project.resolveSibling("study.parallax.backups")))
                .anyMatch(n -> n.startsWith(LocalDate.now(ZoneOffset.UTC).toString()) && n.endsWith("_daily.parallax"));
    }

    private Path projectWithThreeDocuments() throws Exception {
        Path file;
        try (var wb = TestProjects.table1(dir)) {
            file = wb.file();
            for (String name : List.of("a", "b", "c")) {
                TestProjects.importOne(wb, TestProjects.textFile(dir, name + ".txt", "NATO and Russia met in " + name));
            }
        }
        return Files.move(file, dir.resolve("study.parallax"));
    }

    /** What a clock a year ahead leaves: backups of the project dated then, written a few days apart. */
    private static List<Path> backupsDatedAYearAhead(Path project, int count) throws Exception {
        Cli backup = Cli.parallax("backup", project);
        assertThat(backup.exit()).as(backup.err()).isZero();
        Path folder = project.resolveSibling("study.parallax.backups");
        Path taken;
        try (Stream<Path> files = Files.list(folder)) {
            taken = files.filter(f -> f.getFileName().toString().endsWith("_manual.parallax")).findFirst().orElseThrow();
        }
        LocalDate year = LocalDate.now(ZoneOffset.UTC).plusYears(1);
        List<Path> ahead = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            ahead.add(Files.copy(taken, folder.resolve(year.plusDays(i) + "_10-00-00.000_manual.parallax")));
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(f -> !ahead.contains(f)).toList()) {
                Files.delete(f);
            }
        }
        return ahead;
    }

    private static Path removedWithBackup(Path project, String document) {
        Cli remove = Cli.parallax("remove", project, document);
        assertThat(remove.exit()).as(remove.err()).isZero();
        Matcher m = WRITTEN.matcher(remove.out());
        assertThat(m.find()).as(remove.out()).isTrue();
        return Path.of(m.group(1));
    }

    private static List<String> namesIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
