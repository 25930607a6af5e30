package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.FileCounts;
import org.parallax.testutil.HeardLog;

/**
 * Closing a workbench that is already closing (a signal's close on a thread of its own beside the window's) or closed
 * does nothing: the first close writes its packs of passages to the end and closes the project once, and nothing is
 * logged as a failure.
 */
class ClosedTwiceWhilePackingTest {
    @TempDir
    Path dir;
    private HeardLog log;

    @AfterEach
    void noHook() {
        PassagePacksOnClose.afterTransaction = done -> { };
        if (log != null) {
            log.close();
        }
    }

    @Test
    void aSecondCloseWhileTheFirstWritesPacksAndAThirdAfterItDoNothing() throws Exception {
        Path project = ManyDocumentsProject.sampleWith(dir, 40);
        log = HeardLog.of("org.parallax");
        AtomicReference<Throwable> secondFailed = new AtomicReference<>();
        AtomicReference<Thread> second = new AtomicReference<>();
        Workbench wb = Workbench.open(project);
        wb.packPassagesOnClose();
        PassagePacksOnClose.afterTransaction = done -> {
            if (done == 1) {
                Thread closing = new Thread(() -> {
                    try {
                        wb.close();
                    } catch (Throwable e) {
                        secondFailed.set(e);
                    }
                });
                second.set(closing);
                closing.start();
                try {
                    // Long enough for a second close to reach the store under the first one's packs.
                    closing.join(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        wb.close();
        second.get().join(30_000);
        assertThat(second.get().isAlive()).as("the second close ended").isFalse();
        assertThat(secondFailed.get()).isNull();
        wb.close();

        assertThat(log.failures().stream().map(r -> r.getLoggerName() + ": " + r.getMessage() + " " + r.getThrown()))
                .as("failures logged").isEmpty();
        assertThat(wb.documentsPackedOnClose()).isEqualTo(FileCounts.documentsWithPassages(project));
        assertThat(FileCounts.packs(project)).isEqualTo(FileCounts.documentsWithPassages(project));
        PassagesPackedOnCloseTest.assertSameAsRows(project, null);
    }
}
