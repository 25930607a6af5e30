package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.QueuedTasks;
import org.parallax.testutil.ChildProcesses;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.RestoreChild;

/**
 * A project double-clicked while another program restored it: the window waited up to five seconds with "Opening …"
 * in its status bar and nothing said why. The status bar now says, once, that it waits for a restore in another
 * program; a restore still under way after the wait is refused in a box, as before.
 */
class RestoreWaitSaidTest {
    @TempDir
    Path dir;

    @Test
    void theStatusBarSaysOnceThatOpeningWaitsForARestoreInAnotherProgram() throws Exception {
        Path project = TestProjects.sampleCopy(Files.createDirectories(dir.resolve("study")));
        Path backup = Files.copy(project, Files.createDirectories(dir.resolve("backup")).resolve("chosen.parallax"));
        Process restore = RestoreChild.pausedAfter("copied", project, backup, dir);
        QueuedTasks tasks = new QueuedTasks();
        RecordingDialogs dialogs = new RecordingDialogs();
        MainViewModel main = new MainViewModel(new ProjectContext(tasks, dialogs),
                new SettingsFile(dir.resolve("settings.json")));
        List<String> said = new CopyOnWriteArrayList<>();
        main.status().projectProperty().addListener((o, was, now) -> said.add(now));
        try {
            tasks.drain();
            main.open(project);
            tasks.drain();
            assertThat(said).filteredOn(line -> line.contains("restore")).containsExactly("sample.parallax is being "
                    + "restored from a backup by another program (parallax restore, or File → Restore from backup… in "
                    + "a window): waiting up to 5 seconds for it to finish before opening it");
            assertThat(dialogs.errors).singleElement().asString().contains("sample.parallax is being restored")
                    .contains("still after 5 seconds of waiting");
            assertThat(main.openProperty().get()).isFalse();
        } finally {
            main.close();
            tasks.drain();
            Files.createFile(dir.resolve("go"));
            ChildProcesses.awaitExit(restore, 240);
            restore.destroyForcibly();
        }
    }
}
