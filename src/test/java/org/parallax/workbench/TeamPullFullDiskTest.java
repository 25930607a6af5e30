package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/**
 * {@code team pull} onto a disk that fills up, before the copy is created and while it is written: the copy is
 * absent, nothing is left beside it, and the one line names the copy asked for and the full disk. It used to name
 * the hidden temporary file and SQLite's words (".p.parallax.part-849: cannot create project ([SQLITE_ERROR] …
 * cannot commit - no transaction is active)").
 */
@NeedsTestServer
class TeamPullFullDiskTest {
    @TempDir
    Path dir;

    @Test
    void aPullOntoAFullDiskWritesNothingAndSaysTheDiskIsFull() throws Exception {
        Path file = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("sample.parallax"));
        String url = TestServer.withProject(TestServer.freshDatabase(), TestServer.freshProjectName("pullfull"));
        assertThat(Cli.parallax("team", "publish", file, url).exit()).isZero();
        Path folder = dir.resolve("small");
        Optional<SmallDisk> disk = SmallDisk.mount(folder, 1);
        assumeTrue(disk.isPresent(), "mounting a tmpfs is not permitted here");
        try (SmallDisk ignored = disk.get()) {
            // Room for the new file's first pages but not for the documents (the sample's copy is about 480 KB),
            // then no room at all.
            for (long room : new long[] {200 * 1024, 0}) {
                long fillTo = Files.getFileStore(folder).getUsableSpace() - room;
                Path filler = SmallDisk.fill(folder.resolve("filler"), fillTo);
                Cli pull = Cli.parallax("team", "pull", url, folder.resolve("copy.parallax"));

                assertThat(pull.exit()).as(pull.err()).isEqualTo(1);
                assertThat(pull.err().lines().toList()).as("room " + room).singleElement().asString()
                        .startsWith("error: copy.parallax: ").contains("the disk is full")
                        .doesNotContain("SQLITE", ".part-", "Exception");
                try (Stream<Path> left = Files.list(folder)) {
                    assertThat(left.map(p -> p.getFileName().toString())).containsExactly("filler");
                }
                Files.delete(filler);
            }
            Cli pull = Cli.parallax("team", "pull", url, folder.resolve("copy.parallax"));
            assertThat(pull.exit()).as(pull.err()).isZero();
            assertThat(Cli.parallax("check", folder.resolve("copy.parallax")).exit()).isZero();
        }
    }
}
