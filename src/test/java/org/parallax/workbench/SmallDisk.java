package org.parallax.workbench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** A real small filesystem (tmpfs) mounted on a test folder, where the test runs as root; tests skip elsewhere. */
public final class SmallDisk implements AutoCloseable {
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

    /** Mounts a tmpfs of {@code megabytes} on {@code folder}, or skips the calling test where that is not permitted. */
    public static SmallDisk mountOrSkip(Path folder, int megabytes) throws IOException, InterruptedException {
        java.util.Optional<SmallDisk> disk = mount(folder, megabytes);
        org.junit.jupiter.api.Assumptions.assumeTrue(disk.isPresent(), "mounting a tmpfs is not permitted here");
        return disk.get();
    }

    /** A project with one document of {@code text} at {@code file}, made with the Table 1 codebook. */
    static Path projectWithOneText(Path file, Path textFile, String text) {
        try (Workbench wb = Workbench.create(file, org.parallax.io.CodebookTemplates.named("table1"))) {
            org.parallax.testutil.TestProjects.importOne(wb, org.parallax.testutil.TestProjects.textFile(
                    textFile.getParent(), textFile.getFileName().toString(), text));
        }
        return file;
    }

    /** The folder the disk is mounted on. */
    public Path folder() {
        return mountPoint;
    }

    /** A new empty project on this disk, made as a researcher makes one: {@code parallax new FOLDER/study.parallax}. */
    public Path newProject() {
        Path project = folder().resolve("study.parallax");
        org.parallax.testutil.Cli.ok("new", project);
        return project;
    }

    /**
     * A project {@code name} on this disk with one document of {@code text}, imported from {@code textFile} (a name:
     * the file is written beside the disk's folder, off the disk, and names the document).
     */
    Path projectWithOneText(String name, String textFile, String text) {
        return projectWithOneText(mountPoint.resolve(name), mountPoint.resolveSibling(textFile), text);
    }

    /** Fills the disk with a new file {@code fillerName} until {@code bytes} are left free; returns the file. */
    public Path leaveRoom(String fillerName, long bytes) throws IOException {
        return fill(mountPoint.resolve(fillerName), Files.getFileStore(mountPoint).getUsableSpace() - bytes);
    }

    /** Makes the filesystem larger, as a user freeing space would. */
    void grow(int megabytes) throws IOException, InterruptedException {
        if (!run("mount", "-o", "remount,size=" + megabytes + "m", mountPoint.toString())) {
            throw new IOException("cannot grow the tmpfs on " + mountPoint);
        }
    }

    /** Makes the filesystem read-only, as a share or medium mounted read-only is. */
    public void readOnly() throws IOException, InterruptedException {
        if (!run("mount", "-o", "remount,ro", mountPoint.toString())) {
            throw new IOException("cannot make the tmpfs on " + mountPoint + " read-only");
        }
    }

    /** Writes zeros to {@code file} until the disk refuses more; returns the file, to delete when room is needed. */
    static Path fill(Path file) throws IOException {
        return fill(file, Long.MAX_VALUE);
    }

    /** Writes zeros to {@code file}, {@code bytes} of them or until the disk refuses more. */
    static Path fill(Path file, long bytes) throws IOException {
        byte[] block = new byte[4096];
        long written = 0;
        try (OutputStream out = Files.newOutputStream(file)) {
            while (written < bytes) {
                out.write(block, 0, (int) Math.min(block.length, bytes - written));
                written += block.length;
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw full;
            }
        }
        return file;
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
