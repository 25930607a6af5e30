package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.MemoTarget;
import org.parallax.model.ParallaxException;

/**
 * A disk the kernel turns read-only after an error (ext4's errors=remount-ro, the default for many systems; a failing
 * stick) while the project is open on it. Every test short of a write still calls such a disk writable, so the next
 * write said "database error ([SQLITE_IOERR_WRITE] I/O error in the VFS layer …)", and every later open, even to list
 * or export, failed with "cannot open project ([SQLITE_READONLY] …)". A real ext4 image on a loop device, skipped
 * where mounting one is not permitted.
 */
class ReadOnlyAfterDiskErrorTest {
    @Test
    void theNextEditSaysTheDiskRefusesWritesAndTheProjectStillOpensToRead(@TempDir Path dir) throws Exception {
        Path mount = dir.resolve("stick");
        String loop = mountExt4(dir.resolve("stick.img"), mount);
        try {
            Path project = Files.copy(Path.of("samples", "nato-russia.parallax"), mount.resolve("study.parallax"));
            try (Workbench wb = Workbench.open(project)) {
                wb.memos().set(MemoTarget.project(), "saved before the disk failed");
                Files.writeString(Path.of("/sys/fs/ext4", loop.substring(loop.lastIndexOf('/') + 1),
                        "trigger_fs_error"), "1");

                assertThatThrownBy(() -> wb.memos().set(MemoTarget.project(), "typed after"))
                        .isInstanceOf(ParallaxException.class)
                        .hasMessage("study.parallax: the disk holding the project refuses to be written (it was "
                                + "removed, or it turned read-only after a disk error); what was saved before can "
                                + "still be read; this change was not saved");
            }
            try (Workbench wb = Workbench.open(project)) {
                assertThat(wb.readOnlyReason()).hasValueSatisfying(r -> assertThat(r).contains("refuses to be written"));
                assertThat(wb.memos().memo(MemoTarget.project()))
                        .hasValueSatisfying(m -> assertThat(m.text()).isEqualTo("saved before the disk failed"));
                assertThat(wb.documents().list()).hasSize(15);
            }
        } finally {
            run("umount", "-l", mount.toString());
            run("losetup", "-d", loop);
        }
    }

    /** An ext4 image of 16 MB on a free loop device, mounted with errors=remount-ro; the loop device's path. */
    private static String mountExt4(Path image, Path mount) throws IOException, InterruptedException {
        Assumptions.assumeTrue(System.getProperty("os.name").toLowerCase().contains("linux"));
        try (var out = Files.newOutputStream(image)) {
            out.write(new byte[16 << 20]);
        }
        Files.createDirectories(mount);
        Assumptions.assumeTrue(run("mkfs.ext4", "-q", image.toString()), "mkfs.ext4 is not available");
        Process losetup = new ProcessBuilder("losetup", "-f", "--show", image.toString()).start();
        String loop = new String(losetup.getInputStream().readAllBytes()).strip();
        Assumptions.assumeTrue(losetup.waitFor(30, TimeUnit.SECONDS) && losetup.exitValue() == 0,
                "loop devices are not permitted here");
        if (!run("mount", "-o", "errors=remount-ro", loop, mount.toString())) {
            run("losetup", "-d", loop);
            Assumptions.abort("mounting an ext4 image is not permitted here");
        }
        return loop;
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
