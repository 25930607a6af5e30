package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.TestProjects;

/**
 * A restore keeps the file it replaces as a backup. A damaged file was kept as its bytes alone and its journal was
 * then deleted: the saves of a writer killed before they reached the file (five passages here) were in that journal
 * only, and were gone for good.
 */
class RestoreKeepsTheJournalTest {
    @TempDir
    Path dir;

    @Test
    void aDamagedFileIsKeptWithTheSavesItsJournalHeld() throws Exception {
        Path killed = Files.createDirectories(dir.resolve("killed"));
        Path project = killed.resolve("study.parallax");
        Path working = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(working);
                Connection reader = DriverManager.getConnection("jdbc:sqlite:" + working)) {
            // A reader's open transaction keeps the checkpoint from folding the new saves into the file.
            reader.setAutoCommit(false);
            assertThat(count(reader, "segments")).isEqualTo(71);
            long doc = wb.documents().list().get(0).id();
            long code = wb.codebook().current().codes().get(0).id();
            for (int i = 0; i < 5; i++) {
                wb.coding().code(doc, 200 + i * 10, 205 + i * 10, code, null);
            }
            // What a writer killed now leaves: the file and its journal.
            Files.copy(working, project);
            Files.copy(working.resolveSibling(working.getFileName() + "-wal"),
                    killed.resolve("study.parallax-wal"));
        }
        damageAPageTheJournalDoesNotHold(project);
        Path sound = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("elsewhere")));

        Restore.Outcome outcome = Restore.restore(project, new Backup(sound, Instant.EPOCH, "chosen file"));

        try (Connection kept = DriverManager.getConnection("jdbc:sqlite:file:"
                + outcome.keptCurrent().file().toUri().getRawPath() + "?immutable=1")) {
            assertThat(count(kept, "segments")).isEqualTo(76);
        }
        assertThat(outcome.keptJournal()).as("the journal's saves are in the copy kept: nothing else to keep").isNull();
        assertThat(Files.list(outcome.keptCurrent().file().getParent()).map(p -> p.getFileName().toString()))
                .noneMatch(name -> name.endsWith("-wal") || name.endsWith("-shm"));
    }

    private static int count(Connection c, String table) throws Exception {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The number of cells on the document attributes' first page: SQLite's quick check then fails. */
    private static void damageAPageTheJournalDoesNotHold(Path file) throws Exception {
        int page;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:file:" + file.toUri().getRawPath()
                + "?immutable=1"); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT rootpage FROM sqlite_schema WHERE name = 'document_attributes'")) {
            rs.next();
            page = rs.getInt(1);
        }
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long at = (long) (page - 1) * 4096 + 3;
            f.seek(at);
            int b = f.read();
            f.seek(at);
            f.write(b ^ 0x40);
        }
    }
}
