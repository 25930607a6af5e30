package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.workbench.AppFolders;

/**
 * A researcher double-clicks a project file whose project is open in a window already: a second program started on
 * the same project, a second window writing the same file. Now the second program asks the user's running windows,
 * the one that has the project open comes to the front, and the second program ends with a line saying so.
 */
class ProjectHandedToItsWindowTest {
    @TempDir
    Path dir;

    @Test
    void aSecondProgramStartedForAProjectOpenInAWindowHandsItToThatWindowAndEnds() throws Exception {
        Path project = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("my study.parallax"));
        Path config = dir.resolve("config");
        List<Path> asked = new CopyOnWriteArrayList<>();
        try (RunningWindows window = RunningWindows.listen(windowsFolder(config), wanted -> {
            asked.add(wanted);
            return wanted.equals(realPath(project));
        }, wanted -> false)) {
            listening(window);

            Process second = startedFor(project, config);
            String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(said).contains("is open in a Parallax window already");
            assertThat(second.exitValue()).as(said).isZero();
            assertThat(asked).containsExactly(project.toRealPath());
        }
    }

    /** The same with the real window, headless, in a JVM of its own, on the project the second program is started for. */
    @Test
    void aSecondProgramStartedForTheProjectOfARealWindowHandsItOver() throws Exception {
        Path project = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("study.parallax"));
        Path config = dir.resolve("config");
        Path jvm = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder first = new ProcessBuilder(jvm.toString(), "-Duser.home=" + dir, "-Dglass.platform=Monocle",
                "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k", "-Xmx512m", "-cp",
                System.getProperty("java.class.path"), WindowTypingMemo.class.getName(), project.toString(), "note")
                .redirectErrorStream(true);
        first.environment().put("XDG_CONFIG_HOME", config.toString());
        first.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        Process window = first.start();
        try (var lines = new java.io.BufferedReader(new java.io.InputStreamReader(window.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.equals("typed")) {
                // the window's log until its project is open
            }
            assertThat(line).as("the window opened its project").isEqualTo("typed");

            Process second = startedFor(project, config);
            String said = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(second.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(said).contains("is open in a Parallax window already");
            assertThat(second.exitValue()).as(said).isZero();
        } finally {
            window.destroy();
            window.waitFor(120, TimeUnit.SECONDS);
            window.destroyForcibly();
        }
    }

    /** Two projects side by side stay two windows: a window with another project open keeps it. */
    @Test
    void aWindowWithAnotherProjectOpenDoesNotTakeIt() throws Exception {
        Path open = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("open.parallax"));
        Path other = Files.copy(open, dir.resolve("other.parallax"));
        Path folder = windowsFolder(dir.resolve("config"));
        try (RunningWindows window = RunningWindows.listen(folder, wanted -> wanted.equals(realPath(open)),
                wanted -> false)) {
            listening(window);
            assertThat(RunningWindows.handOver(folder, other)).isEqualTo(RunningWindows.HandOver.NONE);
            assertThat(RunningWindows.handOver(folder, open)).isEqualTo(RunningWindows.HandOver.HAS_IT);
        }
    }

    /**
     * A window showing its start page takes a project no window has open; never one another window has open, which
     * every window is asked about first.
     */
    @Test
    void aWindowOnItsStartPageTakesAProjectNoWindowHasOpen() throws Exception {
        Path open = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("open.parallax"));
        Path other = Files.copy(open, dir.resolve("other.parallax"));
        Path folder = windowsFolder(dir.resolve("config"));
        List<Path> taken = new CopyOnWriteArrayList<>();
        try (RunningWindows idle = RunningWindows.listen(folder.resolve("idle"), wanted -> false, wanted -> {
            taken.add(wanted);
            return true;
        })) {
            listening(idle);
            Path idleSocket = Files.list(folder.resolve("idle")).findFirst().orElseThrow();
            Files.move(idleSocket, folder.resolve("1.socket"));
            try (RunningWindows busy = RunningWindows.listen(folder, wanted -> wanted.equals(realPath(open)),
                    wanted -> false)) {
                listening(busy);
                assertThat(RunningWindows.handOver(folder, open)).isEqualTo(RunningWindows.HandOver.HAS_IT);
                assertThat(taken).as("asked to take a project another window has").isEmpty();
                assertThat(RunningWindows.handOver(folder, other)).isEqualTo(RunningWindows.HandOver.TOOK_IT);
                assertThat(taken).containsExactly(other.toRealPath());
            }
        }
    }

    /** The socket a window killed left behind answers nobody: the project opens as before, and the socket goes. */
    @Test
    void aSocketLeftByAWindowThatDiedIsPassedOverAndRemoved() throws Exception {
        Path project = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve("study.parallax"));
        Path folder = Files.createDirectories(windowsFolder(dir.resolve("config")));
        // What kill -9 leaves: the socket file, with nobody listening on it.
        Path left = folder.resolve("4242.socket");
        try (ServerSocketChannel killed = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            killed.bind(UnixDomainSocketAddress.of(left));
        }
        assertThat(left).exists();

        assertThat(RunningWindows.handOver(folder, project)).isEqualTo(RunningWindows.HandOver.NONE);
        assertThat(left).doesNotExist();
    }

    /** Waits until {@code window} has opened its socket, which it does in the background. */
    static void listening(RunningWindows window) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!window.listening()) {
            assertThat(System.nanoTime()).as("the window opened its socket within 60 s").isLessThan(end);
            Thread.sleep(20);
        }
    }

    private static Path windowsFolder(Path config) {
        return RunningWindows.folder(AppFolders.of("Linux", Map.of("XDG_CONFIG_HOME", config.toString()),
                config.getParent()).settingsFile());
    }

    private Process startedFor(Path project, Path config) throws Exception {
        Path jvm = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder second = new ProcessBuilder(jvm.toString(), "-Xmx96m", "-cp",
                System.getProperty("java.class.path"), "org.parallax.Main", project.toString());
        second.environment().put("XDG_CONFIG_HOME", config.toString());
        second.environment().put("XDG_STATE_HOME", dir.resolve("state").toString());
        // Without a display the window cannot start: a program that does not hand the project over says so and fails.
        second.environment().remove("DISPLAY");
        second.environment().remove("WAYLAND_DISPLAY");
        return second.redirectErrorStream(true).start();
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
