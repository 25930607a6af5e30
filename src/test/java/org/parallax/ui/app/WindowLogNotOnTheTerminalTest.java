package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A researcher who opens a project from a terminal ({@code parallax study.parallax}, or the README's
 * {@code java -jar target/parallax.jar}) got the window's start-up steps as "INFO:" lines and the libraries' warnings
 * (JavaFX's "Unsupported JavaFX configuration", Lucene's "please update Apache Lucene" on Java 23 and later) on the
 * terminal, none of which they can act on; an uncaught error printed its stack trace there too. The window, as the
 * command line does, keeps its log in the log file.
 */
class WindowLogNotOnTheTerminalTest {
    @Test
    void theWindowStartedFromATerminalPrintsNothingThereAndLogsItsStartIntoTheLogFile(@TempDir Path dir)
            throws Exception {
        Path project = dir.resolve("study.parallax");
        Files.copy(Path.of("samples", "nato-russia.parallax"), project);
        Path log = dir.resolve("state").resolve("parallax").resolve("parallax.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + dir, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Xmx512m", "-cp", System.getProperty("java.class.path"), "org.parallax.Main",
                project.toString()).redirectErrorStream(true).redirectOutput(dir.resolve("terminal.txt").toFile());
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        Process window = builder.start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!usable(log) && window.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertThat(usable(log)).as("the log file names the usable window").isTrue();
            window.destroy(); // SIGTERM, as logging out does
            assertThat(window.waitFor(120, TimeUnit.SECONDS)).isTrue();
        } finally {
            window.destroyForcibly();
        }

        String terminal = Files.readString(dir.resolve("terminal.txt"), StandardCharsets.UTF_8);
        assertThat(terminal).as(terminal).isBlank();
    }

    private static boolean usable(Path log) throws Exception {
        return Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains("start-up: usable after");
    }
}
