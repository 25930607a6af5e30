package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.ChildProcesses;
import org.parallax.workbench.ImportRequest;
import org.parallax.workbench.TaskProgress;
import org.parallax.workbench.Workbench;

/**
 * `check` reads every coded passage against its text one document at a time: it held every text it had read until the
 * end, 500 MB at `bench --scale 10`, where opening a project with a log left beside it (which runs the same check) ran
 * out of a 512 MiB heap. Here 12 texts of 1,500,000 Russian characters (36 MB in memory together) under a 32 MiB heap.
 */
class CheckOfLargeTextsCliTest {
    private static final String HEAP = "-Xmx32m";
    private static final int DOCUMENTS = 12;
    private static final int CHARACTERS = 1_500_000;

    @TempDir
    Path dir;

    @Test
    void textsLargerTogetherThanTheHeapAreCheckedWithTheirPassages() throws Exception {
        Path project = dir.resolve("study.parallax");
        Path folder = Files.createDirectory(dir.resolve("transcripts"));
        String sentence = "Делегации встретились в Брюсселе, чтобы обсудить безопасность альянса и его партнёров. ";
        String text = sentence.repeat(CHARACTERS / sentence.length() + 1).substring(0, CHARACTERS);
        for (int i = 0; i < DOCUMENTS; i++) {
            Files.writeString(folder.resolve("t" + i + ".txt"), i + " " + text);
        }
        try (Workbench wb = Workbench.createWithTemplate(project, "table1")) {
            long code = wb.codebook().code("Balance of power").id();
            wb.documents().importFiles(ImportRequest.of(List.of(folder)), TaskProgress.NONE).imported()
                    .forEach(d -> wb.coding().code(d.id(), CHARACTERS - 100, CHARACTERS, code, null));
            wb.search().awaitIndex();
        }

        Path stdout = dir.resolve("child-stdout.txt");
        Path stderr = dir.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), ParallaxCommand.class.getName(),
                "check", project.toString())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        ChildProcesses.awaitExit(child, 300);

        String err = Files.readString(stderr);
        assertThat(child.exitValue()).as(err + Files.readString(stdout)).isZero();
        assertThat(err).doesNotContain("OutOfMemoryError", "cannot be read");
    }
}
