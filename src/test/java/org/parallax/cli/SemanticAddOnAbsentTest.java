package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.embedding.SentenceEmbedder;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.Cli;

/**
 * Without the add-on (the main package as installed), asking for the semantic method gives one line saying how to get
 * it and the lexical method's result: the command runs in a separate JVM whose class path lacks the add-on's jars.
 */
class SemanticAddOnAbsentTest {
    @TempDir
    Path dir;

    @Test
    void theSemanticMethodWithoutItsAddOnSaysSoInOneLineAndUsesKnn() throws Exception {
        Path project = AssistantFixture.create(dir, 4, 0);
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        String withoutAddOn = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.matches(".*(langchain4j|onnxruntime|[/\\\\]ai[/\\\\]djl[/\\\\]).*"))
                .collect(Collectors.joining(File.pathSeparator));
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-cp", withoutAddOn,
                "org.parallax.Main", "assistant", "suggest", project.toString(), "--doc", "1", "--coder",
                AssistantFixture.CODER, "--method", "semantic"))
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        ChildProcesses.awaitExit(process, 300);
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        String stdout = Files.readString(out, StandardCharsets.UTF_8);

        Cli knn = Cli.parallax("assistant", "suggest", project, "--doc", "1", "--coder", AssistantFixture.CODER);

        assertThat(process.exitValue()).as(stderr).isZero();
        assertThat(stderr.lines().toList()).containsExactly(SentenceEmbedder.NOT_INSTALLED);
        assertThat(stdout).isEqualTo(knn.out()).contains(AssistantFixture.POWER);
    }
}
