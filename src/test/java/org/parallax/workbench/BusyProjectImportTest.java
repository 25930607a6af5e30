package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.testutil.TestProjects;

/** An import into a project another program keeps busy waits, says so in its progress, and then saves everything. */
class BusyProjectImportTest {
    private static final String WAITING = "Waiting: another program is writing to this project";
    /**
     * The other program holds its transaction until the import has said it waits, which it does after one lock wait
     * (10 s) ran out: so the import must keep waiting rather than fail. A fixed hold (14 s) raced a slow machine,
     * where opening the project and parsing the files took the 4 s left before the lock's release.
     */
    private static final long HOLD_LIMIT_SECONDS = 120;

    @TempDir
    Path dir;

    @Test
    void anImportWaitsForAnotherProgramsLongTransactionAndThenSavesEverything() throws Exception {
        Path file = dir.resolve("busy.parallax");
        try (Workbench wb = Workbench.create(file, CodebookTemplates.named("table1"))) {
            wb.documents().list();
        }
        CountDownLatch locked = new CountDownLatch(1);
        CountDownLatch waiting = new CountDownLatch(1);
        Thread other = new Thread(() -> holdWriteLock(file, locked, waiting), "other program");
        other.start();
        assertThat(locked.await(60, TimeUnit.SECONDS)).isTrue();

        List<String> messages = new CopyOnWriteArrayList<>();
        List<Path> files = TestProjects.sampleTexts().subList(0, 3);
        try (Workbench wb = Workbench.open(file)) {
            ImportReport report = wb.documents().importFiles(ImportRequest.of(files), new TaskProgress() {
                public void update(long done, long total, String message) {
                    messages.add(message);
                    if (WAITING.equals(message)) {
                        waiting.countDown();
                    }
                }

                public boolean isCancelled() {
                    return false;
                }
            });
            other.join();

            assertThat(report.failures()).isEmpty();
            assertThat(report.stopped()).isNull();
            assertThat(report.imported()).hasSize(3);
            assertThat(wb.documents().list()).hasSize(3);
            assertThat(messages).contains(WAITING);
        }
    }

    private static void holdWriteLock(Path file, CountDownLatch locked, CountDownLatch waiting) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            c.createStatement().execute("BEGIN IMMEDIATE");
            c.createStatement().execute("INSERT INTO settings(key, value) VALUES ('other program', 'busy')");
            locked.countDown();
            waiting.await(HOLD_LIMIT_SECONDS, TimeUnit.SECONDS);
            c.createStatement().execute("COMMIT");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
