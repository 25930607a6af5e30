package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.common.BackgroundTasks;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.SynchronousTasks;

/**
 * Where a file chooser starts was checked on the JavaFX thread as it opened (`Files.isDirectory` on the folder last
 * chosen, the project's, the last export's): a remembered folder on a network drive that stopped answering froze the
 * window before the chooser showed. The check runs in the background; a chooser asked for meanwhile starts at once
 * where the last check found, and once the drive answers the next chooser starts in its folder again.
 */
class ChooserFoldersOffTheUiThreadTest {
    /**
     * How long the hanging drive keeps a check waiting at most: longer than anything the test waits for, so that
     * only a chooser that waited for the drive sees it answer before the test lets it.
     */
    private static final Duration HANG = Duration.ofSeconds(300);
    /** How long the window's turn may take to hear the check's answer: generous for a loaded two-core machine. */
    private static final Duration DELIVERED = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @Test
    void aRememberedFolderThatDoesNotAnswerLeavesTheWindowFreeAndIsUsedOnceItAnswers() throws Exception {
        Path documents = Files.createDirectories(dir.resolve("Documents"));
        Path onTheDrive = Files.createDirectories(dir.resolve("drive/interviews"));
        Path results = Files.createDirectories(dir.resolve("drive/results"));
        Path project = org.parallax.ui.UiFixture.createProject(Files.createDirectories(dir.resolve("study")));
        SettingsFile settings = new SettingsFile(dir.resolve("settings.json"));
        // An export folder is kept for a recent project: the one whose export went there.
        settings.saveOver(settings.load().withProject(project.toAbsolutePath().toString())
                .withLastFolder(onTheDrive.toString())
                .withExportFolder(project.toAbsolutePath().toString(), results.toString()));
        CountDownLatch driveAnswers = new CountDownLatch(1);
        AtomicBoolean driveAnswered = new AtomicBoolean();
        List<Thread> askedOn = new CopyOnWriteArrayList<>();
        Predicate<Path> hangingDrive = folder -> {
            askedOn.add(Thread.currentThread());
            if (folder.startsWith(dir.resolve("drive"))) {
                try {
                    driveAnswers.await(HANG.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                driveAnswered.set(true);
            }
            return Files.isDirectory(folder);
        };
        AsideOnItsOwnThread tasks = new AsideOnItsOwnThread();
        MainViewModel main = new MainViewModel(new ProjectContext(tasks, new RecordingDialogs()), settings,
                hangingDrive);
        main.locateSample(Optional::empty, () -> documents);
        main.open(project);

        try {
            // Whether they waited is told by the drive, not by a clock: it answers only once the test lets it, and a
            // loaded machine may take seconds over a call that waits for nothing.
            Path importStart = main.chooserFolder();
            assertThat(driveAnswered).as("Import… waited for the drive").isFalse();
            Path exportStart = main.exportFolder();
            assertThat(driveAnswered).as("Export… waited for the drive").isFalse();
            assertThat(importStart).isEqualTo(exportStart).isNotEqualTo(onTheDrive);
            assertThat(askedOn).doesNotContain(Thread.currentThread());

            driveAnswers.countDown();
            tasks.ui.deliverUntil(() -> main.chooserFolder().equals(onTheDrive), DELIVERED);
            tasks.ui.deliverUntil(() -> main.exportFolder().equals(results), DELIVERED);
            assertThat(askedOn).doesNotContain(Thread.currentThread());
        } finally {
            driveAnswers.countDown();
            main.close();
        }
    }

    /** The window's tasks as tests run them, but for work aside, which runs on a thread of its own as in the window. */
    private static final class AsideOnItsOwnThread implements BackgroundTasks {
        final SynchronousTasks ui = new SynchronousTasks();

        @Override
        public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            ui.run(work, onSuccess, onFailure);
        }

        @Override
        public <T> void runAside(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            Thread aside = new Thread(() -> {
                try {
                    T result = work.call();
                    ui.onUi(() -> onSuccess.accept(result));
                } catch (Exception e) {
                    ui.onUi(() -> onFailure.accept(e));
                }
            }, "test-aside");
            aside.setDaemon(true);
            aside.start();
        }

        @Override
        public <T> Cancellable runWithProgress(ProgressWork<T> work, ProgressListener progress, Consumer<T> onSuccess,
                                               Consumer<Throwable> onFailure) {
            return ui.runWithProgress(work, progress, onSuccess, onFailure);
        }

        @Override
        public void onUi(Runnable action) {
            ui.onUi(action);
        }
    }
}
