package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A real small filesystem (tmpfs) mounted on a test folder, where the test runs as root; tests skip elsewhere. */
final class SmallDisk implements AutoCloseable {
    private final Path mountPoint;

    private SmallDisk(Path mountPoint) {
        this.mountPoint = mountPoint;
    }

    /** Mounts a tmpfs of {@code megabytes} on {@code folder}; empty when mounting is not permitted here. */
    static java.util.Optional<SmallDisk> mount(Path folder, int megabytes) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        if (!System.getProperty("os.name").toLowerCase().contains("linux")
                || !run("mount", "-t", "tmpfs", "-o", "size=" + megabytes + "m", "tmpfs", folder.toString())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new SmallDisk(folder));
    }

    /** Makes the filesystem larger, as a user freeing space would. */
    void grow(int megabytes) throws IOException, InterruptedException {
        if (!run("mount", "-o", "remount,size=" + megabytes + "m", mountPoint.toString())) {
            throw new IOException("cannot grow the tmpfs on " + mountPoint);
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", mountPoint.toString());
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
