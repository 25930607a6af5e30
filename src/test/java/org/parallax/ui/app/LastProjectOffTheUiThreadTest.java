package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.UiFixture;
import org.parallax.ui.common.FxBackgroundTasks;
import org.parallax.ui.common.ProjectContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window asked the file system whether the last project was still there as it started, on the JavaFX thread: a
 * last project on a network drive that stopped answering froze the first window before it showed anything. The check
 * runs in the background; the window shows its start page at once, and once the drive answers the last project opens,
 * or the start page says it is no longer where it was.
 */
class LastProjectOffTheUiThreadTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aLastProjectGoneFromADriveThatDoesNotAnswerLeavesTheWindowFreeAndIsNamedOnceItAnswers() throws Exception {
        Path drive = Files.createDirectories(dir.resolve("drive"));
        Path gone = drive.resolve("thesis.parallax");
        try (Started window = start(gone)) {
            window.drive.answer();
            String said = window.settled(() -> window.noticeShown(), line -> !line.isEmpty());
            assertThat(said).contains("thesis.parallax").contains(drive.toString());
            assertThat(window.drive.askedOn()).isNotEmpty().doesNotContain(window.fxThread);
            assertThat(WaitForAsyncUtils.asyncFx(() -> window.main.context().workbench()).get(30, TimeUnit.SECONDS))
                    .as("nothing opened in its place").isNull();
        }
    }

    @Test
    void aLastProjectOnADriveThatDoesNotAnswerOpensOnceItAnswers() throws Exception {
        Path drive = Files.createDirectories(dir.resolve("drive"));
        Path there = UiFixture.createProject(drive);
        try (Started window = start(there)) {
            window.drive.answer();
            window.settled(() -> window.main.documents().rows().size(), rows -> rows == 2);
            assertThat(window.drive.askedOn()).isNotEmpty().doesNotContain(window.fxThread);
            assertThat(window.noticeShown()).isEmpty();
        }
    }

    /** Starts the window on a settings file whose last project is {@code last}, its drive hanging until let go. */
    private Started start(Path last) throws Exception {
        SettingsFile settings = new SettingsFile(dir.resolve("settings.json"));
        settings.saveOver(settings.load().withProject(last.toString()));
        HangingDrive drive = new HangingDrive(dir.resolve("drive"));
        Predicate<Path> hangingDrive = file -> {
            drive.ask(file);
            return Files.isRegularFile(file);
        };
        Thread fxThread = WaitForAsyncUtils.asyncFx(Thread::currentThread).get(30, TimeUnit.SECONDS);
        FxBackgroundTasks tasks = new FxBackgroundTasks();
        Path documents = Files.createDirectories(dir.resolve("documents"));
        // The window as it starts (App.start): its view model and start page made, the startup project chosen.
        Future<Started> starting = WaitForAsyncUtils.asyncFx(() -> {
            MainViewModel main = new MainViewModel(new ProjectContext(tasks, new RecordingDialogs()), settings,
                    Files::isDirectory, hangingDrive);
            StartPage page = new StartPage(main, new ProjectActions(main, new RecordingDialogs()));
            StartupProject.openIn(main, null, dir, documents);
            return new Started(main, page, tasks, drive, fxThread);
        });
        Started window;
        try {
            window = starting.get(HangingDrive.MADE_WITHIN_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            drive.answer();
            tasks.close();
            throw new AssertionError("the window waited for the drive", e);
        }
        assertThat(drive.askedOn()).doesNotContain(fxThread);
        assertThat(drive.stillHangs()).as("the drive still hangs").isTrue();
        assertThat(window.noticeShown()).as("nothing said before the drive answers").isEmpty();
        return window;
    }

    private record Started(MainViewModel main, StartPage page, FxBackgroundTasks tasks, HangingDrive drive,
                           Thread fxThread) implements AutoCloseable {
        /** The start page's line about the last project, read on the JavaFX thread; "" when none. */
        String noticeShown() throws Exception {
            return WaitForAsyncUtils.asyncFx(() -> {
                Label line = (Label) page.lookup("#startLastMissing");
                return line == null || !line.isVisible() ? "" : line.getText();
            }).get(30, TimeUnit.SECONDS);
        }

        <T> T settled(Callable<T> onFx, Predicate<T> done) throws Exception {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (true) {
                T now = WaitForAsyncUtils.asyncFx(onFx).get(30, TimeUnit.SECONDS);
                if (done.test(now)) {
                    return now;
                }
                if (System.nanoTime() > end) {
                    fail("the window did not settle: " + now);
                }
                Thread.sleep(50);
            }
        }

        @Override
        public void close() throws Exception {
            drive.answer();
            WaitForAsyncUtils.asyncFx(main::close).get(30, TimeUnit.SECONDS);
            tasks.close();
        }
    }
}
