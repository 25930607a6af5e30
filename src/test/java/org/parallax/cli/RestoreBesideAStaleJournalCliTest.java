package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * A restore keeps the file it replaces as a "before restore" backup, the way back from the restore. With an older
 * copy's journal ({@code NAME-wal}) beside the file, that copy must hold the file as it is, not the older state the
 * journal brings back: the restore deletes the journal, so the saves only the file held would be gone. (Checked with
 * real files: the snapshot is refused for the journal, and the copy of the file as it is leaves out a journal beside a
 * file SQLite reads soundly alone.)
 */
class RestoreBesideAStaleJournalCliTest {
    @TempDir
    Path dir;

    @Test
    void theCopyKeptBeforeRestoreHoldsTheFileNotTheOlderJournal() throws Exception {
        Path mine = dir.resolve("mine.parallax");
        Path olderLog = dir.resolve("state-1.parallax-wal");
        Path backup = backedUpThenAnOlderJournalBeside(mine, olderLog);

        Cli restore = Cli.parallax("restore", mine, backup);

        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(log(mine)).as("the older journal, deleted by the restore").doesNotExist();
        assertThat(Cli.ok("docs", mine).out()).doesNotContain("State");

        Path kept;
        try (Stream<Path> files = Files.list(Path.of(mine + ".backups"))) {
            kept = files.filter(f -> f.getFileName().toString().endsWith("_before-restore.parallax")).findFirst()
                    .orElseThrow();
        }
        assertThat(Cli.ok("docs", kept).out()).as("the copy kept before the restore").contains("State two")
                .doesNotContain("State one");
    }

    /**
     * The older journal the restore removes may hold the last saves made in that other copy (its "State one" here),
     * and the copy kept before the restore leaves it out: it was deleted without a word. It is kept in the backups
     * folder, byte for byte, and the restore's line says where.
     */
    @Test
    void theOlderJournalIsKeptInTheBackupsFolderAndTheRestoreSaysWhere() throws Exception {
        Path mine = dir.resolve("mine.parallax");
        Path olderLog = dir.resolve("state-1.parallax-wal");
        Path backup = backedUpThenAnOlderJournalBeside(mine, olderLog);

        Cli restore = Cli.parallax("restore", mine, backup);

        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(log(mine)).doesNotExist();
        Path keptJournal;
        try (Stream<Path> files = Files.list(Path.of(mine + ".backups"))) {
            keptJournal = files.filter(f -> f.getFileName().toString().matches(
                    "mine\\.parallax-wal\\.[0-9a-f]{8}\\.before-restore")).findFirst().orElseThrow();
        }
        assertThat(Files.mismatch(keptJournal, olderLog)).as("the journal kept byte for byte").isEqualTo(-1);
        assertThat(restore.out().lines().filter(l -> l.startsWith("Kept the current file as ")).toList())
                .singleElement().asString().endsWith(", and the journal that lay beside it, mine.parallax-wal (saves "
                        + "of an older or another copy of the project, not in the file and so not in that backup), as "
                        + keptJournal);
        assertThat(Cli.ok("docs", mine).out()).doesNotContain("State");
    }

    /**
     * Each restore beside a stale journal kept one in the backups folder for good, each as large as a journal: the
     * folder keeps the newest three of each kind (the one just kept among them), and the restore's line names those
     * it removed.
     */
    @Test
    void theBackupsFolderKeepsTheNewestThreeKeptJournalsOfEachKind() throws Exception {
        Path mine = dir.resolve("mine.parallax");
        Path olderLog = dir.resolve("state-1.parallax-wal");
        Path backup = backedUpThenAnOlderJournalBeside(mine, olderLog);
        Path folder = Path.of(mine + ".backups");
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        for (int n = 1; n <= 4; n++) {
            for (String kind : List.of("before-restore", "damaged")) {
                Path journal = folder.resolve("mine.parallax-wal.0000000" + n + "." + kind);
                Files.copy(olderLog, journal);
                // the first kept earliest
                Files.setLastModifiedTime(journal, FileTime.from(hourAgo.plus(Duration.ofMinutes(n))));
            }
        }

        Cli restore = Cli.parallax("restore", mine, backup);

        assertThat(restore.exit()).as(restore.err()).isZero();
        List<String> left;
        try (Stream<Path> files = Files.list(folder)) {
            left = files.map(f -> f.getFileName().toString()).filter(n -> n.contains("-wal")).sorted().toList();
        }
        String keptNow = left.stream().filter(n -> n.endsWith(".before-restore") && !n.contains(".0000000"))
                .findFirst().orElseThrow();
        assertThat(left).as("the newest three of each kind").containsExactlyInAnyOrder(
                "mine.parallax-wal.00000003.before-restore", "mine.parallax-wal.00000003.damaged",
                "mine.parallax-wal.00000004.before-restore", "mine.parallax-wal.00000004.damaged",
                "mine.parallax-wal.00000002.damaged", keptNow);
        assertThat(Files.mismatch(folder.resolve(keptNow), olderLog)).isEqualTo(-1);
        assertThat(restore.out().lines().filter(l -> l.startsWith("Kept the current file as ")).toList())
                .singleElement().asString().endsWith(" as " + folder.resolve(keptNow) + " (the backups folder keeps "
                        + "the newest 3 journals kept so; removed the older mine.parallax-wal.00000002.before-restore, "
                        + "mine.parallax-wal.00000001.before-restore, mine.parallax-wal.00000001.damaged)");
    }

    /** A killed writer's own journal is folded into the copy kept before the restore: nothing else is kept. */
    @Test
    void aJournalOfTheFilesOwnIsInTheCopyKeptBeforeTheRestoreAndNotKeptBesideIt() throws Exception {
        Path mine = dir.resolve("mine.parallax");
        Cli.ok("new", mine);
        Cli.ok("import", mine, TestProjects.textFile(dir, "a.txt", "NATO and Russia met in Paris."));
        String backupLine = Cli.ok("backup", mine).out().strip();
        Path backup = Path.of(backupLine.substring("Backup written to ".length()));
        Path ownLog = dir.resolve("own.parallax-wal");
        Path fileAtThatMoment = dir.resolve("own.parallax");
        try (Workbench wb = Workbench.open(mine);
                Connection reader = DriverManager.getConnection("jdbc:sqlite:" + mine)) {
            // A reader's open transaction keeps the checkpoint from folding the save into the file.
            reader.setAutoCommit(false);
            try (Statement st = reader.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM documents")) {
                assertThat(rs.next()).isTrue();
            }
            retitle(wb, "Saved only in the journal");
            Files.copy(log(mine), ownLog);
            Files.copy(mine, fileAtThatMoment);
        }
        // as a killed writer leaves them: the file without the last save, its journal with it
        Files.copy(fileAtThatMoment, mine, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(ownLog, log(mine));

        Cli restore = Cli.parallax("restore", mine, backup);

        assertThat(restore.exit()).as(restore.err()).isZero();
        assertThat(restore.out()).doesNotContain("journal");
        try (Stream<Path> files = Files.list(Path.of(mine + ".backups"))) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.contains("-wal"));
        }
        Path kept;
        try (Stream<Path> files = Files.list(Path.of(mine + ".backups"))) {
            kept = files.filter(f -> f.getFileName().toString().endsWith("_before-restore.parallax")).findFirst()
                    .orElseThrow();
        }
        assertThat(Cli.ok("docs", kept).out()).contains("Saved only in the journal");
    }

    /**
     * A project backed up, retitled "State one" (its journal then copied to {@code olderLog}), retitled "State two",
     * with that older journal put beside it; returns the backup.
     */
    private Path backedUpThenAnOlderJournalBeside(Path mine, Path olderLog) throws Exception {
        Cli.ok("new", mine);
        Cli.ok("import", mine, TestProjects.textFile(dir, "a.txt", "NATO and Russia met in Paris."),
                TestProjects.textFile(dir, "b.txt", "The Council met in Rome in 2002."));
        String backupLine = Cli.ok("backup", mine).out().strip();
        try (Workbench wb = Workbench.open(mine)) {
            retitle(wb, "State one");
            Files.copy(log(mine), olderLog);
        }
        Cli.ok("document", mine, "1", "--title", "State two");
        Files.copy(olderLog, log(mine));
        return Path.of(backupLine.substring("Backup written to ".length()));
    }

    private static void retitle(Workbench wb, String title) {
        Document first = wb.documents().require(1);
        wb.documents().updateMeta(List.of(first), m -> new DocumentMeta(title, m.date(), m.type(), m.actor(),
                m.language(), m.scenario(), m.attributes()));
    }

    private static Path log(Path project) {
        return project.resolveSibling(project.getFileName() + "-wal");
    }
}
