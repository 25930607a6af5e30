package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.FileCounts;

/**
 * Another program writing to the project file while a close writes packs of passages (decision 34) gets its writes in
 * between the close's transactions of packs, not only after the last one. SQLite's busy wait does not queue: it sleeps
 * and tries again, up to 100 ms apart, and transactions of packs run back to back held such a program off for the
 * whole close (seconds: docs/performance.md, "a close's packs and another program's clicks"). How long it waits is
 * measured there; this test reads only whose transactions came first, from the file's save number, which every
 * transaction of packs moves on. The packs written are whole all the same.
 */
class PacksWrittenBesideAnotherWriterTest {
    @TempDir
    Path dir;

    @AfterEach
    void noHook() {
        PassagePacksOnClose.afterTransaction = done -> { };
    }

    @Test
    void anotherProgramsWritesGoInBetweenTheTransactionsOfPacks() throws Exception {
        Path project = ManyDocumentsProject.sampleWith(dir, 180);
        int transactions;
        try (Workbench wb = Workbench.openReadOnly(project)) {
            transactions = PassagePacksOnClose.transactions(wb.project().segments.unpackedDocuments()).size();
        }
        assertThat(transactions).as("transactions of packs to write").isGreaterThan(25);

        CountDownLatch packing = new CountDownLatch(1);
        AtomicBoolean closed = new AtomicBoolean();
        AtomicReference<Throwable> failed = new AtomicReference<>();
        List<Long> savesBeforeEachWrite = new CopyOnWriteArrayList<>();
        Thread anotherProgram = new Thread(() -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); Statement st = c.createStatement()) {
                // As Parallax's own connections wait (store.sqlite.Connections): SQLite's busy handler, 10 s.
                st.execute("PRAGMA busy_timeout = 10000");
                packing.await();
                for (int i = 0; !closed.get(); i++) {
                    st.execute("BEGIN IMMEDIATE");
                    try (var rs = st.executeQuery("SELECT generation FROM file_generation")) {
                        savesBeforeEachWrite.add(rs.getLong(1));
                    }
                    st.executeUpdate("INSERT OR REPLACE INTO settings(key, value) VALUES ('another program', '" + i
                            + "')");
                    st.execute("COMMIT");
                    Thread.sleep(5);
                }
            } catch (Throwable e) {
                failed.set(e);
            }
        });
        anotherProgram.start();
        PassagePacksOnClose.afterTransaction = done -> {
            if (done == 1) {
                packing.countDown();
            }
        };
        try (Workbench wb = Workbench.open(project)) {
            wb.packPassagesOnClose();
        }
        closed.set(true);
        anotherProgram.join(60_000);
        assertThat(anotherProgram.isAlive()).isFalse();
        assertThat(failed.get()).isNull();

        long lastSave;
        try (Workbench wb = Workbench.openReadOnly(project)) {
            lastSave = wb.project().store.saveNumber().orElseThrow();
            assertThat(wb.project().segments.packsDisagreeing()).isEmpty();
        }
        long betweenPacks = savesBeforeEachWrite.stream().filter(save -> save < lastSave).count();
        assertThat(betweenPacks).as("the other program's writes before the last transaction of packs, of "
                + savesBeforeEachWrite.size()).isGreaterThanOrEqualTo(3);
        // However many the close had time for (it stops after PassagePacksOnClose.BUDGET), each whole.
        assertThat(FileCounts.packs(project)).isPositive();
        PassagesPackedOnCloseTest.assertSameAsRows(project, null);
    }
}
