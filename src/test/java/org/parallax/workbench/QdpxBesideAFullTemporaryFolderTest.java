package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.cli.ParallaxCommand;
import org.parallax.testutil.TestProjects;

/**
 * The .qdpx export kept its texts, between project.qde and their own entries, in a file of the system's temporary
 * folder: with that folder full (a small tmpfs, as /tmp often is) an export to a disk with room failed with "Cannot
 * write the REFI-QDA project …: the disk is full". The texts are now kept beside the .qdpx, on the disk it is
 * written to, and nothing is left there after. The export runs in a program of its own, whose temporary folder is a
 * real full tmpfs.
 */
class QdpxBesideAFullTemporaryFolderTest {
    @TempDir
    Path dir;

    @Test
    void aQdpxIsWrittenWholeWhileTheTemporaryFolderIsFull() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Path out = Files.createDirectories(dir.resolve("exports")).resolve("study.qdpx");
        try (SmallDisk temp = SmallDisk.mountOrSkip(dir.resolve("tmp"), 1)) {
            SmallDisk.fill(temp.folder().resolve("filler"));

            Path stderr = dir.resolve("stderr.txt");
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.io.tmpdir=" + temp.folder(),
                    // SQLite's own library is unpacked elsewhere: the test is about the export's use of the folder.
                    "-Dorg.sqlite.tmpdir=" + Files.createDirectories(dir.resolve("sqlite")),
                    "-cp", System.getProperty("java.class.path"), ParallaxCommand.class.getName(),
                    "export", "qdpx", project.toString(), out.toString())
                    .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean ended = child.waitFor(5, TimeUnit.MINUTES);
            child.destroyForcibly();

            assertThat(ended).as("the export ended").isTrue();
            assertThat(child.exitValue()).as(Files.readString(stderr)).isZero();
            try (ZipFile zip = new ZipFile(out.toFile())) {
                assertThat(zip.stream().filter(e -> e.getName().startsWith("sources/"))).hasSize(15);
            }
            try (Stream<Path> beside = Files.list(out.getParent());
                 Stream<Path> inTemp = Files.list(temp.folder())) {
                assertThat(beside).extracting(p -> p.getFileName().toString()).containsExactly("study.qdpx");
                assertThat(inTemp).extracting(p -> p.getFileName().toString()).containsExactly("filler");
            }
        }
    }
}
