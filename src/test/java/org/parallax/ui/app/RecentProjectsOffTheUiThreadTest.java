package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.common.FxBackgroundTasks;
import org.parallax.ui.common.MenuText;
import org.parallax.ui.common.ProjectContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start page and File → Recent projects asked the file system whether each recent project was there as they were
 * filled, on the JavaFX thread: a recent project on a network drive that stopped answering froze the window as it
 * started. The entries are checked in the background; the window shows at once, and once the drive answers the
 * projects that are gone are greyed out.
 */
class RecentProjectsOffTheUiThreadTest {
    /** How long the hanging drive keeps a check waiting at most: far longer than a window may stand still. */
    private static final long HANG_SECONDS = 120;
    /**
     * How long the window may take to be made while the drive hangs: no measure of speed (a busy machine is slow), only
     * well within the hang, so a window that waits for the drive fails.
     */
    private static final long MADE_WITHIN_SECONDS = 60;

    @TempDir
    Path dir;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aRecentProjectOnADriveThatDoesNotAnswerLeavesTheWindowFreeAndTheGoneAreGreyedOutOnceItAnswers()
            throws Exception {
        Path here = Files.createFile(dir.resolve("here.parallax"));
        Path moved = dir.resolve("moved.parallax");
        Path drive = Files.createDirectories(dir.resolve("drive"));
        Path onTheDrive = Files.createFile(drive.resolve("there.parallax"));
        Path goneFromTheDrive = drive.resolve("gone.parallax");
        SettingsFile settings = new SettingsFile(dir.resolve("settings.json"));
        Settings listed = settings.load();
        for (Path recent : List.of(goneFromTheDrive, onTheDrive, moved, here)) {
            listed = listed.withProject(recent.toString());
        }
        settings.saveOver(listed);
        CountDownLatch driveAnswers = new CountDownLatch(1);
        List<Thread> askedOn = new CopyOnWriteArrayList<>();
        Predicate<Path> hangingDrive = file -> {
            askedOn.add(Thread.currentThread());
            if (file.startsWith(drive)) {
                try {
                    driveAnswers.await(HANG_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Files.isRegularFile(file);
        };
        Thread fxThread = WaitForAsyncUtils.asyncFx(Thread::currentThread).get(30, TimeUnit.SECONDS);

        try (FxBackgroundTasks tasks = new FxBackgroundTasks()) {
            // The window as it starts: its view model, menu and start page are made on the JavaFX thread.
            Future<Shown> starting = WaitForAsyncUtils.asyncFx(() -> {
                MainViewModel main = new MainViewModel(new ProjectContext(tasks, new RecordingDialogs()),
                        settings, Files::isDirectory, hangingDrive);
                RecordingDialogs dialogs = new RecordingDialogs();
                MenuBar menu = new MainMenu(main, dialogs, () -> { }, forward -> { }).build();
                return new Shown(new StartPage(main, new ProjectActions(main, dialogs)), menu);
            });
            Shown window;
            try {
                window = starting.get(MADE_WITHIN_SECONDS, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                driveAnswers.countDown();
                throw new AssertionError("the window waited for the drive", e);
            }
            assertThat(askedOn).doesNotContain(fxThread);
            assertThat(driveAnswers.getCount()).as("the drive still hangs").isOne();

            driveAnswers.countDown();
            Set<String> gone = Set.of(moved.toString(), goneFromTheDrive.toString());
            waitUntil(() -> gone.equals(window.greyedOut()));
            assertThat(askedOn).isNotEmpty().doesNotContain(fxThread);
            assertThat(WaitForAsyncUtils.asyncFx(window::offered).get(30, TimeUnit.SECONDS))
                    .containsExactly(here.toString(), onTheDrive.toString());
        }
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> onFx) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!WaitForAsyncUtils.asyncFx(onFx).get(30, TimeUnit.SECONDS)) {
            if (System.nanoTime() > end) {
                fail("the projects that are gone were not greyed out");
            }
            Thread.sleep(50);
        }
    }

    /** The start page and the menu bar, read on the JavaFX thread. */
    private record Shown(StartPage page, MenuBar menu) {
        /** What both the start page and File → Recent projects grey out, when they agree; else null. */
        Set<String> greyedOut() {
            Set<String> links = links().filter(Hyperlink::isDisable).map(Hyperlink::getText)
                    .collect(Collectors.toSet());
            Set<String> items = items().filter(MenuItem::isDisable).map(RecentProjectsOffTheUiThreadTest::path)
                    .collect(Collectors.toSet());
            return links.equals(items) ? links : null;
        }

        /** What the start page offers, in order, when File → Recent projects offers the same. */
        List<String> offered() {
            List<String> links = links().filter(link -> !link.isDisable()).map(Hyperlink::getText).toList();
            List<String> items = items().filter(item -> !item.isDisable()).map(RecentProjectsOffTheUiThreadTest::path)
                    .toList();
            return links.equals(items) ? links : List.of();
        }

        private Stream<Hyperlink> links() {
            return page.lookupAll(".hyperlink").stream().map(Hyperlink.class::cast);
        }

        private Stream<MenuItem> items() {
            return menu.getMenus().get(0).getItems().stream()
                    .filter(item -> item instanceof Menu && MenuText.shown(item).equals("Recent projects"))
                    .flatMap(recent -> ((Menu) recent).getItems().stream());
        }
    }

    private static String path(MenuItem item) {
        return MenuText.shown(item).replaceFirst("^[1-9] ", "");
    }
}
