package org.parallax.ui.lens;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.app.MainViewModel;
import org.parallax.ui.app.SettingsFile;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.SynchronousTasks;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.Workbench;

/** The sample project (built from samples/) opened through the window's view-models, with synchronous tasks. */
final class SampleWindow implements AutoCloseable {
    final MainViewModel main;

    private SampleWindow(MainViewModel main) {
        this.main = main;
    }

    static Path build(Path dir) {
        Path project = dir.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), project);
        return project;
    }

    /** Opens a copy of a built sample, so tests do not share state. */
    static SampleWindow open(Path sample, Path dir) throws Exception {
        Path copy = dir.resolve("copy.parallax");
        Files.copy(sample, copy);
        MainViewModel main = new MainViewModel(new ProjectContext(new SynchronousTasks(), new RecordingDialogs()),
                new SettingsFile(dir.resolve("settings.json")));
        main.open(copy);
        return new SampleWindow(main);
    }

    /** Closes the project, so its warm-up and index threads stop before the temporary folder is deleted. */
    @Override
    public void close() {
        main.close();
    }

    Workbench workbench() {
        return main.context().workbench();
    }
}
