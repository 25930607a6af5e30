package org.parallax.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.UiFixture;
import org.parallax.ui.app.MainViewModel;
import org.parallax.ui.app.MainWindow;
import org.parallax.ui.app.Settings;
import org.parallax.ui.app.SettingsFile;
import org.parallax.ui.common.FxBackgroundTasks;
import org.parallax.ui.common.ProjectContext;
import org.parallax.workbench.SearchHit;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The search tab in the real window on headless Monocle: type a query, press Enter, open a hit. */
@ExtendWith(ApplicationExtension.class)
class SearchTabRobotTest {

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
        Path project = UiFixture.createProject(here);
        SettingsFile settings = new SettingsFile(here.resolve("settings.json"));
        settings.save(Settings.defaults().withLayout(1200, 760, List.of()));
        main = new MainViewModel(new ProjectContext(tasks, dialogs), settings);
        window = new MainWindow(main, dialogs);
        stage.setScene(window.scene());
        stage.show();
        main.open(project);
    }

    @AfterEach
    void closeProject() throws Exception {
        WaitForAsyncUtils.asyncFx(main::close).get();
        tasks.close();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @Test
    void enterRunsTheQueryAndSelectingALineSelectsTheHitInTheText(FxRobot robot) throws Exception {
        waitUntil(() -> main.search().indexStatusProperty().get().startsWith("Search index"));
        TabPane tabs = robot.lookup("#bottomTabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2));

        robot.clickOn("#searchQuery").write("terrorism").type(KeyCode.ENTER);

        TableView<SearchHit> table = robot.lookup("#searchResults").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        SearchHit hit = table.getItems().get(0);
        assertThat(hit.hit()).isEqualToIgnoringCase("terrorism");
        assertThat(main.search().totalsProperty().get()).isEqualTo("1 hit in 1 document");

        robot.interact(() -> table.getSelectionModel().select(0));
        InlineCssTextArea area = window.text().area();
        waitUntil(() -> area.getSelection().getStart() == hit.start() && area.getSelection().getEnd() == hit.end());
        assertThat(area.getSelectedText()).isEqualTo(hit.hit());

        robot.clickOn("#searchQuery").eraseText("terrorism".length()).write("\"balance of").type(KeyCode.ENTER);
        waitUntil(() -> !main.search().errorProperty().get().isEmpty());
        assertThat(table.getItems()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }
}
