package org.parallax.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.StackedBarChart;
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
import org.parallax.workbench.SampleProject;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Analysis and Timeline tabs in the real window on headless Monocle, with real background tasks. */
@ExtendWith(ApplicationExtension.class)
class AnalysisTabRobotTest {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    @TempDir
    static Path dir;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();
    private MainViewModel main;
    private MainWindow window;

    @Start
    void start(Stage stage) throws Exception {
        Path here = Files.createTempDirectory(dir, "robot");
        Path project = here.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), project);
        SettingsFile settings = new SettingsFile(here.resolve("settings.json"));
        settings.save(Settings.defaults().withLayout(1200, 760, List.of()));
        main = new MainViewModel(new ProjectContext(tasks, dialogs), settings);
        window = new MainWindow(main, dialogs);
        stage.setScene(window.scene());
        stage.show();
        stage.requestFocus();
        main.open(project);
    }

    @AfterEach
    void closeProject() throws Exception {
        WaitForAsyncUtils.asyncFx(main::close).get();
        tasks.close();
    }

    private static void selectTab(FxRobot robot, String name) {
        TabPane tabs = robot.lookup("#bottomTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getText().equals(name)).findFirst().orElseThrow()));
    }

    @Test
    void analysisTabShowsTheMatrixAndSavesItAsPng(FxRobot robot) throws Exception {
        selectTab(robot, "Analysis");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> main.analysis().rows().size() == 11);
        TableView<?> table = robot.lookup("#analysisTable").queryAs(TableView.class);
        assertThat(table.getColumns()).hasSize(6);
        robot.interact(() -> main.analysis().columnChoiceProperty().set("actor"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getColumns().size() == 5);

        Path png = dir.resolve("matrix.png");
        robot.interact(() -> Snapshots.savePng(table, png));
        assertThat(Files.readAllBytes(png)).startsWith(new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    }

    @Test
    void timelineTabDrawsOneSeriesPerFrame(FxRobot robot) throws Exception {
        selectTab(robot, "Timeline");
        StackedBarChart<?, ?> chart = robot.lookup("#timelineChart").queryAs(StackedBarChart.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> chart.getData().size() == 2);
        assertThat(chart.getData().get(0).getName()).isEqualTo("Realism");
        assertThat(chart.getData().get(0).getData()).hasSize(2024 - 1949 + 1);
    }
}
