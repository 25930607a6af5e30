package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * A project reached through a symbolic link (to the file, or to a folder on the way): SQLite keeps its journal
 * beside the real file, so the backups, the index and the sign of a program holding the project must be there too,
 * and a restore must put the backup in place of the real file, not of the link (which left the real file, say in a
 * synced folder, with the old state, and the researcher's later work in a new file where the link had been).
 */
class SymlinkedProjectCliTest {
    @TempDir
    Path dir;

    @Test
    void backupsAndIndexGoBesideTheRealFileAndRestoreReplacesTheFileNotTheLink() throws Exception {
        Path real = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("synced")));
        Path desk = Files.createDirectories(dir.resolve("desk"));
        Path link = symbolicLink(desk.resolve("study.parallax"), real);
        Path linkedFolder = symbolicLink(desk.resolve("synced"), real.getParent());

        assertThat(Cli.parallax("backup", link).exit()).isZero();
        assertThat(Cli.parallax("backup", linkedFolder.resolve(real.getFileName())).exit()).isZero();
        Cli search = Cli.parallax("search", link, "NATO");
        assertThat(search.exit()).as(search.err()).isZero();
        assertThat(names(desk)).containsExactlyInAnyOrder("study.parallax", "synced");
        assertThat(names(real.resolveSibling("sample.parallax.backups")))
                .filteredOn(n -> n.endsWith("_manual.parallax")).hasSize(2);
        assertThat(real.resolveSibling("sample.parallax.index")).isDirectory();

        Cli restored = Cli.parallax("restore", link, "1");
        assertThat(restored.exit()).as(restored.err()).isZero();
        assertThat(link).isSymbolicLink();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(real);
        assertThat(restored.out()).contains("to " + real.toRealPath());
    }

    @Test
    void restoreThroughALinkIsRefusedWhileAnotherProgramHoldsTheRealFile() throws Exception {
        Path real = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("synced")));
        Path link = symbolicLink(dir.resolve("study.parallax"), real);
        assertThat(Cli.parallax("backup", link).exit()).isZero();
        byte[] before = Files.readAllBytes(real);

        Process holder = RestoreWhileOpenCliTest.HoldProjectOpen.start(real, dir);
        try {
            Cli refused = Cli.parallax("restore", link, "1");
            assertThat(refused.exit()).as(refused.out()).isEqualTo(1);
            assertThat(refused.err().lines()).singleElement().asString()
                    .contains("sample.parallax is open in another program").contains("nothing was changed");
            assertThat(link).isSymbolicLink();
            assertThat(Files.readAllBytes(real)).isEqualTo(before);
        } finally {
            holder.getOutputStream().close();
            ChildProcesses.awaitExit(holder, 120);
        }
    }

    @Test
    void aLinkLoopAndALinkToNothingAreNamedAsSuch() throws Exception {
        symbolicLink(dir.resolve("a.parallax"), dir.resolve("b.parallax"));
        symbolicLink(dir.resolve("b.parallax"), dir.resolve("a.parallax"));
        symbolicLink(dir.resolve("gone.parallax"), dir.resolve("moved away/study.parallax"));
        for (String command : List.of("docs", "check", "backup")) {
            Cli loop = Cli.parallax(command, dir.resolve("a.parallax"));
            assertThat(loop.exit()).isNotZero();
            assertThat(loop.err().lines()).as(command).singleElement().asString()
                    .contains("a.parallax is a symbolic link that leads to no file")
                    .contains("the links lead round in a loop");
            Cli gone = Cli.parallax(command, dir.resolve("gone.parallax"));
            assertThat(gone.err().lines()).as(command).singleElement().asString()
                    .contains("gone.parallax is a symbolic link that leads to no file: its target "
                            + dir.resolve("moved away/study.parallax") + " is missing");
        }
    }

    private static Path symbolicLink(Path link, Path target) throws IOException {
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("symbolic links cannot be made here: " + e.getMessage());
            throw e;
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString()).toList();
        }
    }
}
