package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.cli.ParallaxCommand;
import org.parallax.io.refi.LargeQdpx;
import org.parallax.testutil.Cli;

/**
 * One source with very many coded selections, as a long interview coded line by line or a project exported whole:
 * the project.qde was streamed one source at a time, but each source was still built as a DOM with all its
 * selections, 1.5 KB each, so one source of 200,000 ran out of a 256 MiB heap, and the line said "out of memory"
 * without naming the file. Each selection is now plain data as it is read (about a third of that).
 */
class OneLargeSourceImportTest {
    /** One interview of 40,000 coded selections (2.4 MB of text). */
    private static final LargeQdpx.Shape SHAPE = new LargeQdpx.Shape(1, 40_000, 4, 20, 0);

    @TempDir
    Path dir;
    private Path qdpx;
    private Path project;

    @BeforeEach
    void makeFiles() {
        qdpx = LargeQdpx.write(dir.resolve("interview.qdpx"), SHAPE);
        project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
    }

    /** Built as a DOM, the source ran out at 96 MiB (and needed about 110); read as plain data it needs about 70. */
    @Test
    void aSourceOfFortyThousandSelectionsImportsInAHeapItsDomDidNotFit() throws Exception {
        Child child = importIn("-Xmx96m");

        assertThat(child.exit()).as(child.stderr()).isZero();
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).hasSize(1);
            assertThat(wb.passageCount()).isEqualTo(SHAPE.selections());
        }
    }

    @Test
    void aFileTooLargeForTheHeapIsNamedInOneLineAndNothingIsImported() throws Exception {
        Child child = importIn("-Xmx40m");

        assertThat(child.exit()).isEqualTo(1);
        assertThat(child.stderr().strip().lines().toList()).singleElement().asString()
                .startsWith("failed: interview.qdpx: out of memory while importing it; nothing was imported: this needs "
                        + "more than the Java heap limit of ")
                .contains("PARALLAX_JAVA_OPTIONS=-Xmx1g");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).isEmpty();
            assertThat(wb.passageCount()).isZero();
        }
    }

    private record Child(int exit, String stderr) {
    }

    private Child importIn(String heap) throws Exception {
        Path stderr = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ParallaxCommand.class.getName(),
                "import", project.toString(), qdpx.toString())
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        boolean ended = child.waitFor(10, TimeUnit.MINUTES);
        child.destroyForcibly();
        assertThat(ended).as("the import ended").isTrue();
        List<String> lines = Files.readAllLines(stderr).stream().filter(l -> !l.contains("[warning][gc]")).toList();
        return new Child(child.exitValue(), String.join("\n", lines));
    }
}
