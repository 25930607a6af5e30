package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * An export given a pipe or a device (a FIFO, /dev/null, /dev/stdout) writes into it: it wrote a temporary file
 * beside it and moved that over it, which replaced the device itself with a plain file (as root, `export csv …
 * /dev/null` left the machine without a /dev/null). An export through a link writes the file it leads to.
 */
class ExportToAStreamCliTest {
    @TempDir
    Path dir;

    @Test
    void anExportIntoAPipeIsReadFromThePipeWhichStaysAPipe() throws Exception {
        Path project = project();
        Path fifo = dir.resolve("passages.fifo");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException noMkfifo) {
            assumeTrue(false, "mkfifo is not available here");
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "mkfifo failed");
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });

        Cli export = Cli.parallax("export", "csv", project, fifo);

        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(read.get(30, TimeUnit.SECONDS)).startsWith("segment_id,").contains("Balance of power");
        assertThat(Files.isRegularFile(fifo)).as("still a pipe").isFalse();
        assertThat(Files.exists(fifo)).isTrue();
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void anExportThroughALinkWritesTheFileItLeadsToAndKeepsTheLink() throws Exception {
        Path project = project();
        Path real = Files.writeString(Files.createDirectories(dir.resolve("exports")).resolve("passages.csv"), "old");
        Path link = Files.createSymbolicLink(dir.resolve("latest.csv"), real);

        Cli export = Cli.parallax("export", "csv", project, link);

        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("the link is kept").isTrue();
        assertThat(Files.readString(real)).startsWith("segment_id,").contains("Balance of power");
    }

    @Test
    void anExportThroughALinkToAFileNotMadeYetMakesThatFileAndKeepsTheLink() throws Exception {
        Path project = project();
        Files.createDirectories(dir.resolve("exports"));
        // Relative, as `ln -s exports/passages.csv latest.csv` makes it: read against the link's own folder.
        Path link = Files.createSymbolicLink(dir.resolve("latest.csv"), Path.of("exports", "passages.csv"));
        Path viaTwo = Files.createSymbolicLink(dir.resolve("newest.csv"), Path.of("exports", "second.csv"));
        Files.createSymbolicLink(dir.resolve("exports").resolve("second.csv"), Path.of("third.csv"));

        Cli export = Cli.parallax("export", "csv", project, link);
        Cli second = Cli.parallax("export", "csv", project, viaTwo);

        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("the link is kept").isTrue();
        assertThat(Files.readString(dir.resolve("exports/passages.csv"))).startsWith("segment_id,")
                .contains("Balance of power");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(Files.isSymbolicLink(dir.resolve("exports/second.csv"))).as("links on the way are kept").isTrue();
        assertThat(Files.readString(dir.resolve("exports/third.csv"))).startsWith("segment_id,");
        try (var left = Files.list(dir.resolve("exports"))) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    @Test
    void anExportThroughALoopOfLinksIsRefusedInOneLineAndLeavesTheLinks() throws Exception {
        Path project = project();
        Path first = Files.createSymbolicLink(dir.resolve("a.csv"), Path.of("b.csv"));
        Path second = Files.createSymbolicLink(dir.resolve("b.csv"), Path.of("a.csv"));

        Cli export = Cli.parallax("export", "csv", project, first);

        assertThat(export.exit()).isNotZero();
        assertThat(export.err().strip()).doesNotContain("\n").contains("a.csv").contains("loop");
        assertThat(export.err()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(Files.isSymbolicLink(first)).isTrue();
        assertThat(Files.isSymbolicLink(second)).isTrue();
    }

    private Path project() {
        try (Workbench wb = TestProjects.table1(dir)) {
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "treaty.txt",
                    "The parties will consult together whenever the territorial integrity of any of them is threatened."));
            wb.coding().code(doc, 0, 40, wb.codebook().code("Balance of power").id(), null);
            return Path.of(wb.location());
        }
    }
}
