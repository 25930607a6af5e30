package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.app.MainViewModel;
import org.parallax.ui.app.MainWindow;
import org.parallax.ui.app.Settings;
import org.parallax.ui.app.SettingsFile;
import org.parallax.ui.common.FxBackgroundTasks;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.Disagreement;
import org.parallax.workbench.SampleProject;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Compare tab in the real window on headless Monocle, with real background tasks. */
@ExtendWith(ApplicationExtension.class)
class CompareTabRobotTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    @TempDir
    static Path dir;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();
    private MainViewModel main;

    @Start
    void start(Stage stage) throws Exception {
        Path here = Files.createTempDirectory(dir, "robot");
        Path project = here.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), project);
        SettingsFile settings = new SettingsFile(here.resolve("settings.json"));
        settings.save(Settings.defaults().withLayout(1200, 760, List.of()));
        main = new MainViewModel(new ProjectContext(tasks, dialogs), settings);
        stage.setScene(new MainWindow(main, dialogs).scene());
        stage.show();
        main.open(project);
    }

    @AfterEach
    void closeProject() throws Exception {
        WaitForAsyncUtils.asyncFx(main::close).get();
        tasks.close();
    }

    @Test
    void clickingADisagreementOpensItsDocument(FxRobot robot) throws Exception {
        TabPane tabs = robot.lookup("#bottomTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getText().equals("Compare")).findFirst().orElseThrow()));
        @SuppressWarnings("unchecked")
        TableView<Disagreement> table = robot.lookup("#disagreements").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !table.getItems().isEmpty());
        assertThat(robot.lookup("#compareSummary").queryAs(Label.class).getText()).contains("matched").contains("κ =");

        Disagreement last = table.getItems().get(table.getItems().size() - 1);
        robot.interact(() -> table.getSelectionModel().select(last));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> main.documents().selectedProperty().get() != null
                && main.documents().selectedProperty().get().id() == last.documentId());
    }
}
