package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window made the folder of its socket (beside the settings, where a second program started for its project asks
 * it) as it started, on the JavaFX thread: settings on a network drive that stopped answering froze the first window.
 * The folder is made and the socket opened in the background; the window goes on at once, and answers once the drive
 * does.
 */
class RunningWindowsOffTheUiThreadTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aSettingsFolderThatDoesNotAnswerLeavesTheWindowFreeAndItAnswersOnceTheFolderIsMade() throws Exception {
        Path project = Files.createFile(dir.resolve("study.parallax")).toRealPath();
        Path folder = dir.resolve("config").resolve("windows");
        HangingDrive drive = new HangingDrive(dir.resolve("config"));
        RunningWindows.FolderMaker hangingDrive = made -> {
            drive.ask(made);
            Files.createDirectories(made);
        };
        Thread fxThread = WaitForAsyncUtils.asyncFx(Thread::currentThread).get(30, TimeUnit.SECONDS);

        Future<RunningWindows> listening = WaitForAsyncUtils.asyncFx(() -> RunningWindows.listen(folder,
                project::equals, wanted -> false, hangingDrive));
        RunningWindows window;
        try {
            window = listening.get(HangingDrive.MADE_WITHIN_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            drive.answer();
            throw new AssertionError("the window waited for the drive", e);
        }
        try (RunningWindows closing = window) {
            assertThat(drive.askedOn()).doesNotContain(fxThread);
            assertThat(drive.stillHangs()).as("the drive still hangs").isTrue();

            drive.answer();
            // Asked over and over meanwhile, as a second program started then would: a socket caught being opened
            // is no dead window's to remove.
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!window.listening()) {
                assertThat(System.nanoTime()).as("the socket opened within 120 s").isLessThan(end);
                RunningWindows.handOver(folder, project);
            }
            assertThat(RunningWindows.handOver(folder, project)).as("the window answers once its folder is made")
                    .isEqualTo(RunningWindows.HandOver.HAS_IT);
            assertThat(drive.askedOn()).hasSize(1).doesNotContain(fxThread);
        }
        assertThat(folder).isEmptyDirectory();
    }
}
