package org.parallax.workbench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One finisher at a time for a restore a killed process left waiting: two programs opening the project at the same
 * moment both found the waiting copy, and the later one deleted the journal the earlier one had just begun writing
 * into the restored file. The lock is a hidden file beside the project ({@code .NAME.restore-lock}), locked by the
 * finisher and removed when it is done. A holder marks the file with one byte before removing it, so that a program
 * that was waiting on the removed file tries again on a new one instead of going ahead beside its next holder.
 */
final class RestoreFinishLock implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(RestoreFinishLock.class.getName());
    /** The operating system's file locks are per process: threads of one process take turns here first. */
    private static final ReentrantLock IN_THIS_PROCESS = new ReentrantLock();

    private final Path file;
    private final FileChannel channel;

    private RestoreFinishLock(Path file, FileChannel channel) {
        this.file = file;
        this.channel = channel;
    }

    /** Waits until no other program or thread is finishing a restore of {@code project}. */
    static RestoreFinishLock take(Path project) throws IOException {
        Path file = project.resolveSibling("." + project.getFileName() + ".restore-lock");
        IN_THIS_PROCESS.lock();
        try {
            while (true) {
                FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
                try {
                    channel.lock();
                    if (channel.size() == 0) {
                        return new RestoreFinishLock(file, channel);
                    }
                } catch (IOException | RuntimeException e) {
                    channel.close();
                    throw e;
                }
                channel.close();
            }
        } catch (IOException | RuntimeException e) {
            IN_THIS_PROCESS.unlock();
            throw e;
        }
    }

    @Override
    public void close() {
        try {
            channel.write(ByteBuffer.wrap(new byte[] {1}));
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // A marked file left in place would turn every later taker away.
                channel.truncate(0);
                throw e;
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove " + file + " (it is used again next time)", e);
        } finally {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot close " + file, e);
            }
            IN_THIS_PROCESS.unlock();
        }
    }
}
