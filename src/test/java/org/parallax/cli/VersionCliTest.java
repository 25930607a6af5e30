package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parallax.testutil.Cli;

class VersionCliTest {
    /**
     * The build recorded the checkout's HEAD as it was when the build began: HEAD itself now, or one of its
     * ancestors when a commit landed in this checkout while the build ran; "unknown" outside a git checkout.
     */
    @Test
    void versionNamesTheReleaseAndTheCommitThisBuildCameFrom() throws Exception {
        Cli version = Cli.parallax("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out().strip())
                .matches("Parallax \\d+\\.\\d+\\.\\d+ \\(commit ([0-9a-f]{12}|unknown)\\)");
        assertThat(version.out().strip()).as("the version the packages are named with")
                .startsWith("Parallax " + projectVersion() + " (commit ");
        String recorded = version.out().strip().replaceFirst(".*\\(commit (\\w+)\\)$", "$1");
        String head = git("rev-parse", "--short=12", "HEAD");
        if (head == null) {
            assertThat(recorded).isEqualTo("unknown");
        } else {
            assertThat(recorded).as("HEAD is " + head).isNotEqualTo("unknown");
            assertThat(recorded.equals(head) || git("merge-base", "--is-ancestor", recorded, "HEAD") != null)
                    .as(recorded + " is HEAD (" + head + ") or an ancestor of it").isTrue();
        }
    }

    /**
     * The project's version as pom.xml gives it, which the packages carry (they said 0.1.0 while --version said
     * 0.1.0-SNAPSHOT); the build stops on one jpackage could not take as it is.
     */
    private static String projectVersion() throws IOException {
        String pom = java.nio.file.Files.readString(java.nio.file.Path.of("pom.xml"));
        java.util.regex.Matcher version = java.util.regex.Pattern
                .compile("<artifactId>parallax</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(version.find()).as("the project's version in pom.xml").isTrue();
        assertThat(version.group(1)).as("what jpackage takes as it is").matches("\\d+(\\.\\d+){0,2}");
        return version.group(1);
    }

    /** What git prints, or null when it fails or there is no git or no checkout. */
    private static String git(String... args) throws IOException, InterruptedException {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("git"));
        command.addAll(java.util.List.of(args));
        try {
            Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor(30, TimeUnit.SECONDS) && git.exitValue() == 0 ? out : null;
        } catch (IOException noGit) {
            return null;
        }
    }
}
