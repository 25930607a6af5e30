package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parallax.testutil.Cli;

class VersionCliTest {
    @Test
    void versionNamesTheReleaseAndTheCommitThisBuildCameFrom() throws Exception {
        Cli version = Cli.parallax("--version");
        assertThat(version.exit()).isZero();
        String expectedCommit = headCommit();
        assertThat(version.out().strip())
                .matches("Parallax \\d+\\.\\d+\\.\\d+(-SNAPSHOT)? \\(commit ([0-9a-f]{12}|unknown)\\)")
                .endsWith("(commit " + expectedCommit + ")");
    }

    /** What the build should have recorded: the checkout's HEAD, or "unknown" outside a git checkout. */
    private static String headCommit() throws IOException, InterruptedException {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD").redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : "unknown";
        } catch (IOException noGit) {
            return "unknown";
        }
    }
}
