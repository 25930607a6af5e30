package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.AssistantFixture;

/** The assistant never touches the network: a child JVM refuses and counts every socket permission. */
class AssistantOfflineTest {
    @TempDir
    Path dir;

    @Test
    void trainingEvaluatingAndSuggestingOpenNoSocket() throws Exception {
        Path project = AssistantFixture.create(dir, 4, 2);

        String output = child(project, "assistant");

        assertThat(output).contains("network attempts 0").doesNotContain("suggestions 0");
    }

    @Test
    void theSemanticMethodOpensNoSocketAndGivesTheSameSuggestionsInAnotherProcess() throws Exception {
        Path project = AssistantFixture.create(dir, 4, 2);

        String first = child(project, "semantic");
        String second = child(project, "semantic");

        assertThat(first).contains("network attempts 0").doesNotContain("suggestions 0");
        assertThat(suggestionLines(second)).isEqualTo(suggestionLines(first)).isNotEmpty();
    }

    private static List<String> suggestionLines(String output) {
        return output.lines().filter(l -> l.startsWith("suggestion ")).toList();
    }

    @Test
    void theGuardCatchesASocket() throws Exception {
        Path project = AssistantFixture.create(dir, 2, 0);

        assertThat(child(project, "control")).contains("network attempts 1");
    }

    private static String child(Path project, String mode) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                AssistantOfflineChild.class.getName(), project.toString(), AssistantFixture.CODER, mode))
                .redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        String text = new String(out, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }
}
