package org.parallax.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.WritableByteChannel;

/**
 * The bytes of a file being written, handed to its channel, with each further {@value #AHEAD_BYTES} bytes sent on to
 * the disk by a second thread while the body goes on producing the rest. Left to the one sync after the last byte, a
 * 96 MB passages export waited about 0.3 s for the disk after its last row, a third of its time
 * (docs/performance.md, "Issue 18, session 18"). The caller still syncs the whole file at the end; the first failure
 * of a sync made here is thrown by the next write or by {@link #finish()}, never lost (Linux reports a failed
 * write-back to one sync only).
 */
final class WriteAhead extends OutputStream {
    /** Bytes between requests to sync: small files, most exports, never start the thread. */
    static final long AHEAD_BYTES = 8L << 20;

    /** What sends the written bytes to the disk: the file channel's {@code force(false)}. */
    @FunctionalInterface
    interface Sync {
        void force() throws IOException;
    }

    private final WritableByteChannel channel;
    private final Sync sync;
    private final long aheadBytes;
    private final Object lock = new Object();
    private long written;
    private long requestedAt;
    private Thread syncer;
    private boolean pending;
    private boolean finished;
    private IOException failure;

    WriteAhead(WritableByteChannel channel, Sync sync) {
        this(channel, sync, AHEAD_BYTES);
    }

    WriteAhead(WritableByteChannel channel, Sync sync, long aheadBytes) {
        this.channel = channel;
        this.sync = sync;
        this.aheadBytes = aheadBytes;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        throwFailure();
        ByteBuffer bytes = ByteBuffer.wrap(b, off, len);
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        written += len;
        if (written - requestedAt >= aheadBytes) {
            requestedAt = written;
            request();
        }
    }

    /** Waits for the sync under way, if any, and throws the first failure of one; the caller then syncs the rest. */
    void finish() throws IOException {
        stop();
        throwFailure();
    }

    /** Ends the second thread without a word about its failure (the write failed or was abandoned anyway). */
    void stop() throws InterruptedIOException {
        Thread running;
        synchronized (lock) {
            finished = true;
            // A sync not yet begun is left to the caller's own at the end.
            pending = false;
            lock.notifyAll();
            running = syncer;
        }
        if (running != null) {
            try {
                running.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while the file was being synced");
            }
        }
    }

    private void request() {
        synchronized (lock) {
            pending = true;
            if (syncer == null) {
                syncer = new Thread(this::syncWhenAsked, "parallax-write-ahead");
                syncer.setDaemon(true);
                syncer.start();
            }
            lock.notifyAll();
        }
    }

    private void syncWhenAsked() {
        while (true) {
            synchronized (lock) {
                while (!pending && !finished) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (!pending) {
                    return;
                }
                pending = false;
            }
            try {
                sync.force();
            } catch (IOException e) {
                synchronized (lock) {
                    failure = e;
                }
                return;
            }
        }
    }

    private void throwFailure() throws IOException {
        synchronized (lock) {
            if (failure != null) {
                throw failure;
            }
        }
    }
}
