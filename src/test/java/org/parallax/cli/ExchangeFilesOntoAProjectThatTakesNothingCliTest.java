package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.testutil.Cli;
import org.parallax.workbench.SmallDisk;

/**
 * Several .qdpx files imported into a project that can take none of them (its disk full, or mounted read-only): the
 * refusal is the project's, not a file's, so the command ends at the first in one line, where it printed one "failed:"
 * line per file, each saying the same of the project. Runs where a tmpfs can be mounted (as root), skipped elsewhere.
 */
class ExchangeFilesOntoAProjectThatTakesNothingCliTest {
    @TempDir
    Path dir;

    @Test
    void aFullDiskEndsTheCommandAtTheFirstExchangeFileInOneLine() throws Exception {
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("small"), 3)) {
            Cli run = importedOnto(disk, () -> disk.leaveRoom("filler", 60 << 10));

            assertOneLineEndedIt(run, "the disk is full");
        }
    }

    @Test
    void aReadOnlyProjectEndsTheCommandAtTheFirstExchangeFileInOneLine() throws Exception {
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("small"), 3)) {
            Cli run = importedOnto(disk, disk::readOnly);

            assertOneLineEndedIt(run, "read-only");
            assertThat(Cli.ok("docs", disk.folder().resolve("study.parallax")).out().lines().count())
                    .as("the heading alone").isEqualTo(1);
        }
    }

    @FunctionalInterface
    private interface DiskChange {
        void apply() throws Exception;
    }

    /** The three exchange files imported into a new project on {@code disk} once {@code change} made it take nothing. */
    private Cli importedOnto(SmallDisk disk, DiskChange change) throws Exception {
        Path project = disk.newProject();
        List<Path> files = exchangeFiles();
        change.apply();
        return Cli.parallax("import", project, files.get(0), files.get(1), files.get(2));
    }

    private static void assertOneLineEndedIt(Cli run, String why) {
        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines().filter(l -> l.contains(why)).toList()).as(run.err()).singleElement().asString()
                .startsWith("error: ");
        assertThat(run.err()).doesNotContain("failed: ").doesNotContain("Exception");
        assertThat(run.out()).doesNotContain("documents added");
    }

    /** Three .qdpx files of one source each, 400 KB of text that does not compress, more than the disk has left. */
    private List<Path> exchangeFiles() {
        Random random = new Random(46);
        return List.of(1, 2, 3).stream().map(n -> {
            String guid = "3333333" + n + "-3333-3333-3333-333333333333";
            StringBuilder text = new StringBuilder();
            while (text.length() < 400_000) {
                text.append(Integer.toString(random.nextInt(Integer.MAX_VALUE), 36)).append(' ');
            }
            return QdpxFiles.zip(dir.resolve("part" + n + ".qdpx"), Map.of(
                    "project.qde", QdpxFiles.utf8(QdpxFiles.projectWithSource(guid, "internal://" + guid + ".txt", "")),
                    "sources/" + guid + ".txt", QdpxFiles.utf8(text.toString())));
        }).toList();
    }
}
