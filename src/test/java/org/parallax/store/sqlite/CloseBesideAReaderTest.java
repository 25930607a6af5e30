package org.parallax.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.SqliteSideFile;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * A project closing while another program (a second window, the command line) holds a read of the same file: the
 * close's last checkpoint, which empties the journal, waited for that read to end, up to the whole busy wait (10 s),
 * so the window hung on closing. It now gives up at once and leaves the journal beside the file, whole: whoever
 * opens the file next, or the reader's own program as it closes, folds it in.
 */
class CloseBesideAReaderTest {
    @TempDir
    Path dir;

    @Test
    void theCloseReturnsWhileAnotherProgramReadsAndLeavesAJournalThatACrashKeepsWhole() throws Exception {
        Path file = TestProjects.sampleCopy(dir);
        Workbench window = Workbench.open(file);
        Document doc = window.documents().list().get(0);
        Code code = window.codebook().current().codes().stream().filter(c -> !c.isScenarioCode()).findFirst()
                .orElseThrow();
        window.coding().code(doc.id(), 0, 20, code.id(), null);
        CompletableFuture<Void> closing;
        boolean closedWhileReading;
        long last;
        int passages;
        Path crashed = Files.createDirectories(dir.resolve("crashed")).resolve(file.getFileName());
        try (Connection reader = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            reader.setAutoCommit(false);
            assertThat(count(reader)).isPositive();
            // The read stays open while the window saves once more and closes: its snapshot is older than the file.
            last = window.coding().code(doc.id(), 30, 60, code.id(), null).id();
            passages = window.coding().segments().size();
            closing = CompletableFuture.runAsync(window::close);
            try {
                // The reader lets go when the close has returned, or just before the busy wait would have ended: a
                // close that waits for it then finishes only after it let go.
                closing.get(Database.BUSY_WAIT_SECONDS - 1, TimeUnit.SECONDS);
                closedWhileReading = true;
            } catch (TimeoutException e) {
                closedWhileReading = false;
            }
            if (closedWhileReading) {
                // What a crash (power cut, process killed) would leave now: the file and its journal as they are.
                Files.copy(file, crashed);
                Files.copy(SqliteSideFile.WAL.beside(file), SqliteSideFile.WAL.beside(crashed));
            }
            reader.commit();
        }
        closing.get(60, TimeUnit.SECONDS);

        assertThat(closedWhileReading).as("the close returned while the other program still read").isTrue();
        assertThat(Files.size(SqliteSideFile.WAL.beside(crashed))).as("the journal left beside the file").isPositive();
        try (Workbench afterTheCrash = Workbench.open(crashed)) {
            assertThat(afterTheCrash.coding().segments()).hasSize(passages).anyMatch(s -> s.id() == last);
        }
        try (Workbench again = Workbench.open(file)) {
            assertThat(again.coding().segments()).hasSize(passages).anyMatch(s -> s.id() == last);
        }
        Path journal = SqliteSideFile.WAL.beside(file);
        assertThat(Files.notExists(journal) || Files.size(journal) == 0).as("folded in by the next close").isTrue();
    }

    private static int count(Connection connection) throws Exception {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM segments")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
