package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.Cli;
import org.parallax.workbench.Workbench;

/**
 * A text file too large for the heap the import runs under (a 63 MB .txt under the launchers' 256 MB; here 30 MB under
 * 64 MB) fails alone, named, with the remedy; the files around it are imported and reported.
 */
class ImportOutOfMemoryCliTest {
    private static final String HEAP = "-Xmx64m";

    @TempDir
    Path dir;

    @Test
    void aFileTooLargeForTheHeapFailsAloneAndTheFilesAroundItAreImported() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("transcripts"));
        for (int i = 0; i < 80; i++) {
            Files.writeString(folder.resolve(String.format("a%03d.txt", i)), "Transcript " + i + " on the alliance.");
        }
        writeLargeText(folder.resolve("m-large.txt"), 30L << 20);
        for (int i = 0; i < 20; i++) {
            Files.writeString(folder.resolve(String.format("z%03d.txt", i)), "Minutes " + i + " of the council.");
        }
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();

        Path stdout = dir.resolve("child-stdout.txt");
        Path stderr = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ParallaxCommand.class.getName(),
                "import", project.toString(), folder.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        ChildProcesses.awaitExit(child, 300);

        String err = Files.readString(stderr);
        assertThat(child.exitValue()).as(err).isEqualTo(1);
        assertThat(err.lines()).as(err).singleElement().asString()
                .startsWith("failed: m-large.txt: out of memory while reading it: ")
                .contains("Java heap limit of", "-Xmx1g");
        assertThat(Files.readString(stdout)).contains("100 imported, 0 duplicates, 1 failed");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).hasSize(100);
        }
    }

    private static void writeLargeText(Path file, long bytes) throws Exception {
        String line = "The delegations met in Brussels to discuss the security of the alliance and its partners.\n";
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long written = 0; written < bytes; written += line.length()) {
                out.write(line);
            }
        }
    }
}
