package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.ChildProcesses;
import org.parallax.workbench.Workbench;

/**
 * A researcher who types {@code parallax study.parallax} in an SSH session, or starts the jar on a machine without a
 * screen, reads one line saying that there is no display and that the commands work, not JavaFX's stack trace.
 */
class NoDisplayTest {
    @Test
    void withoutADisplayTheWindowIsRefusedInOneLineNamingTheProject(@TempDir Path dir) throws Exception {
        Path project = dir.resolve("study one.parallax");
        Workbench.create(project, null).close();

        Result result = withoutADisplay(dir, project.toString());

        assertThat(result.lines()).as(result.out()).containsExactly("parallax: cannot open the window for " + project
                + ": no display (DISPLAY is not set, as in an SSH session or a console); the commands work without one,"
                + " see 'parallax --help'");
        assertThat(result.exit()).isEqualTo(2);
    }

    /**
     * A mistyped name, a folder or a file that is no project, given to {@code parallax} or {@code parallax open}
     * without a display, was answered "no display", which sent the researcher looking for a screen: the line names
     * the file and what is wrong with it, as the commands do.
     */
    @Test
    void withoutADisplayAFileThatCannotOpenIsNamedWithItsProblem(@TempDir Path dir) throws Exception {
        Path missing = dir.resolve("nothere.parallax");
        Path folder = Files.createDirectory(dir.resolve("folder.parallax"));
        Path notes = Files.writeString(dir.resolve("notes.parallax"), "interview notes");
        Path qdpx = dir.resolve("Interviews.qdpx");

        assertThat(withoutADisplay(dir, "open", missing.toString()).lines()).containsExactly("parallax: cannot open "
                + missing + ": no such file (" + missing + ")");
        assertThat(withoutADisplay(dir, missing.toString()).lines()).containsExactly("parallax: cannot open "
                + missing + ": no such file (" + missing + ")");
        assertThat(withoutADisplay(dir, "open", qdpx.toString()).lines()).containsExactly("parallax: cannot open "
                + qdpx + ": no such file (" + qdpx + ")");
        assertThat(withoutADisplay(dir, folder.toString()).lines()).containsExactly("parallax: cannot open "
                + folder + ": it is a folder, not a project file");
        Result notAProject = withoutADisplay(dir, "open", notes.toString());
        assertThat(notAProject.lines()).containsExactly("parallax: cannot open " + notes
                + ": notes.parallax is not a Parallax project");
        assertThat(notAProject.exit()).isEqualTo(2);
        assertThat(Files.readString(notes)).isEqualTo("interview notes");
        assertThat(Files.exists(missing)).isFalse();
    }

    /**
     * DISPLAY set to a display nobody serves (left from a closed SSH session, or one this user may not use): JavaFX
     * threw "Unable to open DISPLAY" with a 13-line stack trace and exit code 1; now one line naming the display.
     */
    @Test
    void aDisplayNobodyServesIsRefusedInOneLineNamingIt(@TempDir Path dir) throws Exception {
        int number = 900;
        while (Files.exists(Path.of("/tmp/.X11-unix/X" + number))) {
            number++;
        }
        Path project = dir.resolve("study one.parallax");
        Workbench.create(project, null).close();
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + dir, "-cp", System.getProperty("java.class.path"), "org.parallax.Main",
                project.toString()).redirectErrorStream(true);
        builder.environment().put("DISPLAY", ":" + number);
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        Process java = builder.start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(120, TimeUnit.SECONDS)).isTrue();

        // (run from the class path as `java -jar` is, JavaFX first logs that it was loaded from the unnamed module:
        // two lines the installed program, which has JavaFX as modules of its runtime, does not print)
        assertThat(out.strip().lines().filter(line -> !line.contains("PlatformImpl startup")
                        && !line.contains("Unsupported JavaFX configuration")))
                .as(out).singleElement().asString()
                .startsWith("parallax: cannot open the window for " + project + " on the display DISPLAY=:" + number)
                .endsWith("the commands work without one, see 'parallax --help'");
        assertThat(java.exitValue()).isEqualTo(2);
    }

    @Test
    void aDisplayOrAnotherSystemLetsTheWindowStart() {
        String[] none = {};
        assertThat(NoDisplay.problem("Linux", Map.of(), null, none)).startsWith("parallax: cannot open the window:");
        assertThat(NoDisplay.problem("Linux", Map.of("DISPLAY", ":0"), null, none)).isNull();
        assertThat(NoDisplay.problem("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null, none)).isNull();
        assertThat(NoDisplay.problem("Linux", Map.of("DISPLAY", " "), null, none)).isNotNull();
        assertThat(NoDisplay.problem("Linux", Map.of(), "Monocle", none)).isNull();
        assertThat(NoDisplay.problem("Windows 11", Map.of(), null, none)).isNull();
        assertThat(NoDisplay.problem("Mac OS X", Map.of(), null, none)).isNull();
    }

    /** Runs Main in a new JVM with neither DISPLAY nor WAYLAND_DISPLAY set, and scratch settings and log folders. */
    private static Result withoutADisplay(Path dir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Duser.home=" + dir, "-cp", System.getProperty("java.class.path"), "org.parallax.Main"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("DISPLAY");
        builder.environment().remove("WAYLAND_DISPLAY");
        builder.environment().put("XDG_CONFIG_HOME", dir.resolve("config").toString());
        builder.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        Process java = builder.start();
        try {
            String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ChildProcesses.awaitExit(java, 120);
            return new Result(out, java.exitValue());
        } finally {
            java.destroyForcibly();
        }
    }

    private record Result(String out, int exit) {
        List<String> lines() {
            return out.strip().lines().toList();
        }
    }
}
