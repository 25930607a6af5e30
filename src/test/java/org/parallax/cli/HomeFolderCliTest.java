package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.TestProjects;

/**
 * A researcher whose HOME is set elsewhere than the home folder of their account (a shared machine, a home on another
 * disk, a sandbox) found Parallax's files under the account's home: Java takes its {@code user.home} from the
 * system's user database, not from HOME, as every other Linux program does.
 */
class HomeFolderCliTest {
    @TempDir
    Path dir;

    @Test
    void theFilesOfParallaxGoWhereHomeSays() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));

        run(home, null);

        assertThat(home.resolve(".cache").resolve("parallax")).isDirectory();
    }

    @Test
    void aUserHomeGivenToJavaStillWins() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path given = Files.createDirectories(dir.resolve("given"));

        run(home, given);

        assertThat(given.resolve(".cache").resolve("parallax")).isDirectory();
        assertThat(home.resolve(".cache")).doesNotExist();
    }

    private void run(Path home, Path userHome) throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        if (userHome != null) {
            command.add("-Duser.home=" + userHome);
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "org.parallax.Main", "docs",
                project.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("HOME", home.toString());
        for (String variable : List.of("XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "JAVA_TOOL_OPTIONS",
                "JDK_JAVA_OPTIONS")) {
            builder.environment().remove(variable);
        }
        Process java = builder.start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(java.exitValue()).as(out).isZero();
    }
}
