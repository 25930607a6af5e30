package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The window's settings file (recent projects, where each project was being read, the layout) killed while it is
 * written (SIGKILL, a power cut): a child JVM saves two different settings in turn, as fast as it can, and is killed at
 * several moments. Each time the file reads back as one of the two whole, never as a torn file (which the window would
 * take for no settings at all, losing the recent projects), and the next save removes what the killed one left.
 */
class SettingsWriteKillTest {
    @TempDir
    Path dir;

    @Test
    void aKillWhileSavingLeavesTheOneOrTheOtherWhole() throws Exception {
        Settings first = SettingsChild.settings("first");
        Settings second = SettingsChild.settings("second");
        assertThat(first).isNotEqualTo(second);
        List<String> seen = new ArrayList<>();
        for (int delay : new int[] {0, 7, 40, 150, 400}) {
            Path trial = Files.createDirectories(dir.resolve("trial-" + delay));
            Path file = trial.resolve("settings.json");
            new SettingsFile(file).save(second);
            killWhileSaving(file, trial, delay);

            Settings read = new SettingsFile(file).load();
            assertThat(read).as("killed %d ms into saving", delay).isIn(first, second);
            seen.add(read.equals(first) ? "first" : "second");

            new SettingsFile(file).save(first);
            assertThat(names(trial)).as("after the next save").containsExactlyInAnyOrder("settings.json", "saving",
                    "child-stderr.txt");
        }
        System.out.println("SettingsWriteKillTest: read after each kill " + seen);
    }

    private static void killWhileSaving(Path file, Path trial, int delayMillis) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path signal = trial.resolve("saving");
        Path stderr = trial.resolve("child-stderr.txt");
        Process child = new ProcessBuilder(java.toString(), "-Xmx128m", "-cp", System.getProperty("java.class.path"),
                SettingsChild.class.getName(), file.toString(), signal.toString())
                .redirectError(stderr.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (!Files.exists(signal)) {
                if (!child.isAlive()) {
                    fail("the child ended before it saved: " + Files.readString(stderr));
                }
                if (System.nanoTime() > deadline) {
                    fail("the child did not save in time: " + Files.readString(stderr));
                }
                Thread.sleep(5);
            }
            Thread.sleep(delayMillis);
        } finally {
            child.destroyForcibly();
            child.waitFor(60, TimeUnit.SECONDS);
        }
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
