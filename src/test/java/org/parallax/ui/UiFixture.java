package org.parallax.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.ui.app.MainViewModel;
import org.parallax.ui.app.SettingsFile;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.common.SynchronousTasks;
import org.parallax.workbench.ImportRequest;
import org.parallax.workbench.TaskProgress;
import org.parallax.workbench.Workbench;

/** A real project in a temporary folder with the Table 1 codebook and two real documents from the test corpus. */
public final class UiFixture implements AutoCloseable {
    /** Kremlin readout of 2005-06-24 (CC BY 4.0, see src/test/resources/corpus/SOURCES.md). */
    public static final Path KREMLIN = Path.of("src/test/resources/corpus",
            "2005-06-24_russia_nato_cooperation_war_on_terrorism_kremlin_en.txt");
    /** Russian foreign policy concept excerpt (official text, see SOURCES.md): Cyrillic. */
    public static final Path CONCEPT_RU = Path.of("src/test/resources/corpus",
            "foreign_policy_concept_rf_excerpt_scrf_ru.txt");

    public final Path project;
    public final RecordingDialogs dialogs = new RecordingDialogs();
    public final MainViewModel main;
    /** The view-models' tasks; the test's thread is their UI thread. */
    public final SynchronousTasks tasks;

    private UiFixture(Path project, SynchronousTasks tasks, Path settings) {
        this.project = project;
        this.tasks = tasks;
        this.main = new MainViewModel(new ProjectContext(tasks, dialogs), new SettingsFile(settings));
    }

    /** Builds the project file with the workbench directly, then opens it through the view-model. */
    public static UiFixture open(Path dir) {
        Path project = createProject(dir);
        UiFixture fixture = new UiFixture(project, new SynchronousTasks(), dir.resolve("settings.json"));
        fixture.main.open(project);
        return fixture;
    }

    /** Opens an existing project file through the view-model, its settings kept in {@code dir}. */
    public static UiFixture open(Path project, Path dir) {
        UiFixture fixture = new UiFixture(project, new SynchronousTasks(), dir.resolve("settings.json"));
        fixture.main.open(project);
        return fixture;
    }

    public static Path createProject(Path dir) {
        Path project = dir.resolve("test.parallax");
        try (Workbench wb = Workbench.create(project, CodebookTemplates.named("table1"))) {
            wb.documents().importFiles(ImportRequest.of(List.of(KREMLIN, CONCEPT_RU)), TaskProgress.NONE);
        }
        return project;
    }

    /** Closes the project, so its warm-up and index threads stop before the temporary folder is deleted. */
    @Override
    public void close() {
        main.close();
    }

    public Workbench workbench() {
        return main.context().workbench();
    }

    public Document document(String fileNamePart) {
        return workbench().documents().list().stream().filter(d -> d.sourceFile().contains(fileNamePart)).findFirst()
                .orElseThrow();
    }

    public Code code(String name) {
        return workbench().codebook().code(name);
    }

    /** The text of a document, read straight from the project. */
    public String text(Document d) {
        return workbench().documents().text(d.id());
    }

    public static String read(Path file) throws Exception {
        return Files.readString(file);
    }
}
