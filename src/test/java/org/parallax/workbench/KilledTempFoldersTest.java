package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.KilledChild;

/**
 * A program killed (SIGKILL, a crash, a power cut) while it read a project an older Parallax wrote, without
 * upgrading it (`check`, a merge's source, a file on a CD), left its upgraded copy, as large as the project, in the
 * system's temporary folder for good ({@code parallax-upgraded-…}): the JVM's delete-on-exit does not run on a kill.
 * The same held for a workbook's sheets, the semantic method's cache and the benchmark's corpus. Such folders are
 * named with the process's id, and the next program to make one removes those whose process is gone.
 */
class KilledTempFoldersTest {
    private static final Path OLDER_SAMPLE = Path.of("src/test/resources/older/sample-schema-3.parallax");

    @TempDir
    Path dir;

    @Test
    void anUpgradedCopyLeftByAKilledReaderIsRemovedByTheNextOne() throws Exception {
        Path project = Files.copy(OLDER_SAMPLE, dir.resolve("colleague.parallax"));
        Path temp = Files.createDirectories(dir.resolve("temp"));

        KilledChild.killAtHook(List.of("-Djava.io.tmpdir=" + temp), ReadOnlyOpenChild.class,
                "the older project opened", dir, project.toString());

        assertThat(upgradedCopies(temp)).as("the killed reader's copy").hasSize(1);
        Path running = Files.createDirectory(temp.resolve("parallax-upgraded-"
                + ProcessHandle.current().parent().orElseThrow().pid() + "-123"));

        Process next = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Djava.io.tmpdir=" + temp, "-cp", System.getProperty("java.class.path"),
                ReadOnlyOpenChild.class.getName(), project.toString(), "close").redirectErrorStream(true)
                .redirectOutput(dir.resolve("next.out").toFile()).start();
        try {
            ChildProcesses.awaitExit(next, 180);
        } finally {
            next.destroyForcibly();
        }

        assertThat(next.exitValue()).as(Files.readString(dir.resolve("next.out"))).isZero();
        assertThat(upgradedCopies(temp)).as("only the copy of a program still running").containsExactly(running);
    }

    private static List<Path> upgradedCopies(Path temp) throws Exception {
        try (Stream<Path> files = Files.list(temp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("parallax-upgraded-")).toList();
        }
    }
}
