package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.workbench.Workbench;

/**
 * Logging out, shutting the computer down or {@code kill PID} end the window with SIGTERM: the JVM runs its shutdown
 * hooks and never JavaFX's {@code stop()}. The memo typed in the last moment before (the pane saves 600 ms after the
 * last key) was lost, and the project was left open: its {@code -wal} and {@code -shm} beside it, which the next open
 * takes for a killed program's log and checks every text for.
 */
class SigtermWindowTest {
    @Test
    void aSigtermedWindowSavesTheMemoJustTypedAndClosesTheProject(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("study.parallax");
        Files.copy(Path.of("samples", "nato-russia.parallax"), project);
        String typed = "typed a moment before the signal " + System.nanoTime();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + dir, "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                WindowTypingMemo.class.getName(), project.toString(), typed).redirectErrorStream(true);
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        Process window = builder.start();
        List<String> out = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(window.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.equals("typed")) {
                out.add(line);
            }
            assertThat(line).as(String.join("\n", out)).isEqualTo("typed");
            window.destroy(); // SIGTERM
            assertThat(window.waitFor(120, TimeUnit.SECONDS)).isTrue();
        } finally {
            window.destroyForcibly();
        }

        assertThat(Files.exists(dir.resolve("study.parallax-wal"))).as("log left beside the project").isFalse();
        assertThat(Files.exists(dir.resolve("study.parallax-shm"))).isFalse();
        try (Workbench wb = Workbench.openReadOnly(project)) {
            assertThat(wb.memos().all()).anySatisfy(m -> assertThat(m.text()).contains(typed));
        }
    }
}
