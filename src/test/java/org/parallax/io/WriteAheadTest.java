package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A large file is sent to the disk a part at a time while it is written, and a failed sync is never lost. */
class WriteAheadTest {
    private static final int AHEAD = 1_000;

    @TempDir
    Path dir;

    @Test
    void thePartWrittenSoFarIsSyncedWhileTheRestIsStillToCome() throws Exception {
        try (FileChannel channel = FileChannel.open(dir.resolve("large.csv"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            List<Long> sizesSynced = new CopyOnWriteArrayList<>();
            CountDownLatch firstSync = new CountDownLatch(1);
            WriteAhead ahead = new WriteAhead(channel, () -> {
                sizesSynced.add(channel.size());
                firstSync.countDown();
            }, AHEAD);
            try {
                ahead.write(new byte[AHEAD - 1]);
                ahead.write('x');
                // Only a lost request keeps the latch shut; the wait bounds a broken build, it times nothing.
                assertThat(firstSync.await(60, TimeUnit.SECONDS)).isTrue();
                ahead.write(new byte[AHEAD / 2]);
                ahead.finish();
            } finally {
                ahead.stop();
            }
            assertThat(sizesSynced.get(0)).isGreaterThanOrEqualTo(AHEAD);
            assertThat(channel.size()).isEqualTo(AHEAD + AHEAD / 2);
        }
        assertThat(Files.size(dir.resolve("large.csv"))).isEqualTo(AHEAD + AHEAD / 2);
    }

    @Test
    void aSyncThatFailedFailsTheWriteEvenIfTheLastSyncSucceeds() throws Exception {
        try (FileChannel channel = FileChannel.open(dir.resolve("lost.csv"), StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE)) {
            CountDownLatch tried = new CountDownLatch(1);
            WriteAhead ahead = new WriteAhead(channel, () -> {
                tried.countDown();
                throw new IOException("Input/output error");
            }, AHEAD);
            try {
                ahead.write(new byte[AHEAD]);
                assertThat(tried.await(60, TimeUnit.SECONDS)).isTrue();
                assertThatThrownBy(ahead::finish).isInstanceOf(IOException.class)
                        .hasMessage("Input/output error");
                assertThatThrownBy(() -> ahead.write(new byte[1])).hasMessage("Input/output error");
            } finally {
                ahead.stop();
            }
        }
    }
}
