package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two programs (two windows' processes) saving the one settings file at once: each reads the file, merges its own
 * change in and writes it; without a lock between programs, one read what the other was about to replace, and its
 * write dropped the other's change (a recent project, a reading place).
 */
class SettingsSavedByTwoProgramsTest {
    private static final int SAVES = 18;

    @TempDir
    Path dir;

    @Test
    void everyChangeOfTwoProgramsSavingAtOnceIsInTheFile() throws Exception {
        Path settings = dir.resolve("config/parallax/settings.json");
        Path go = dir.resolve("go");
        List<Process> savers = new ArrayList<>();
        for (String name : List.of("first", "second")) {
            savers.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx64m", "-cp", System.getProperty("java.class.path"), SettingsSaverChild.class.getName(),
                    settings.toString(), name, String.valueOf(SAVES), go.toString())
                    .redirectError(dir.resolve(name + ".err").toFile())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        }
        Thread.sleep(1500);
        Files.createFile(go);
        for (Process saver : savers) {
            assertThat(saver.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(saver.exitValue()).as(Files.readString(dir.resolve("first.err"))
                    + Files.readString(dir.resolve("second.err"))).isZero();
        }

        List<String> expected = new ArrayList<>();
        IntStream.range(0, SAVES).forEach(i -> expected.add("first-" + i));
        IntStream.range(0, SAVES).forEach(i -> expected.add("second-" + i));
        assertThat(new SettingsFile(settings).load().placesByText().keySet()).containsExactlyInAnyOrderElementsOf(
                expected);
        try (var left = Files.list(settings.getParent())) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.contains("tmp") || n.endsWith(".part")))
                    .isEmpty();
        }
    }
}
