package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.TestProjects;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.QueuedTasks;
import org.parallax.workbench.ProjectFromQdpx;
import org.parallax.workbench.Workbench;

/**
 * A .qdpx opened from the file manager (the desktop starts `Parallax FILE.qdpx`) becomes a project of its own beside
 * it, opened in the window with the import's report; the project open last is left alone. Before, the window took
 * the .qdpx for a project file and failed to open it, and the menu entry did not offer Parallax for .qdpx at all.
 */
class OpenQdpxTest {
    @TempDir
    Path dir;

    @Test
    void aQdpxOpensAsANewProjectBesideItWithTheImportReport() throws Exception {
        Path qdpx = dir.resolve("Интервью 2024.qdpx");
        try (Workbench sample = Workbench.open(TestProjects.sampleCopy(dir))) {
            sample.exchange().exportQdpx(qdpx);
        }
        QueuedTasks tasks = new QueuedTasks();
        RecordingDialogs dialogs = new RecordingDialogs();
        MainViewModel main = new MainViewModel(new ProjectContext(tasks, dialogs),
                new SettingsFile(dir.resolve("settings.json")));
        try {
            tasks.drain();
            main.openQdpx(StartupProject.fromArgument(qdpx.toUri().toString()), dir.resolve("documents"));
            tasks.drain();
            Path made = dir.resolve("Интервью 2024.parallax");
            assertThat(main.openProperty().get()).isTrue();
            assertThat(main.context().workbench().location()).isEqualTo(made.toAbsolutePath().toString());
            assertThat(main.context().workbench().documents().list()).hasSize(15);
            assertThat(dialogs.informations).singleElement().asString()
                    .contains("New project " + made.toAbsolutePath()).contains("15 documents added");
            assertThat(dialogs.errors).isEmpty();

            main.openQdpx(qdpx, dir.resolve("documents"));
            tasks.drain();
            assertThat(main.context().workbench().location()).as("the first project is not imported into again")
                    .isEqualTo(dir.resolve("Интервью 2024 (2).parallax").toAbsolutePath().toString());
        } finally {
            main.close();
            tasks.drain();
        }
    }

    @Test
    void aFileThatIsNoQdpxLeavesNoProjectBehindAndTheOpenProjectOpen() throws Exception {
        Path notQdpx = Files.writeString(dir.resolve("notes.qdpx"), "not a zip", StandardCharsets.UTF_8);
        QueuedTasks tasks = new QueuedTasks();
        RecordingDialogs dialogs = new RecordingDialogs();
        MainViewModel main = new MainViewModel(new ProjectContext(tasks, dialogs),
                new SettingsFile(dir.resolve("settings.json")));
        try {
            tasks.drain();
            main.openQdpx(notQdpx, dir.resolve("documents"));
            tasks.drain();
            assertThat(dialogs.errors).singleElement().asString().contains("notes.qdpx");
            assertThat(ProjectFromQdpx.location(notQdpx, dir, java.util.Optional.empty())).isEqualTo(dir.toAbsolutePath().resolve("notes.parallax"));
            assertThat(Files.exists(dir.resolve("notes.parallax"))).isFalse();
            assertThat(main.openProperty().get()).isFalse();
        } finally {
            main.close();
            tasks.drain();
        }
    }
}
