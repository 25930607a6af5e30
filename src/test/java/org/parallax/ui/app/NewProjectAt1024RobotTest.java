package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.Shown;
import org.parallax.ui.WindowSize;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A new project at 1024×768, kept in a folder with a long name: the status bar shows who is coding whole (it cut the
 * coder's name), the documents list's headers can be read (the last read "C…" under the column menu) and are all in
 * view (the empty list showed only Title, with no scroll bar to reach the others), and the bottom tabs' headings are
 * whole (the strip cut "Process tracing" to "Pro" and left Assistant to its overflow menu).
 */
@WindowSize(width = 1024, height = 768)
class NewProjectAt1024RobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) throws Exception {
        Path fieldwork = Files.createDirectories(folder.resolve("Fieldwork 2024 — NATO and Russia interviews, "
                + "second round, transcribed, anonymised and checked by both coders"));
        Path project = fieldwork.resolve("new.parallax");
        Workbench.create(project, null).close();
        return project;
    }

    @Test
    void theStatusBarShowsTheCodersNameWholeAndThePathsFileName(FxRobot robot) throws Exception {
        Hyperlink coder = find(robot, "#statusCoder", Hyperlink.class);
        Label project = find(robot, "#statusProject", Label.class);
        String shown = settled(() -> Shown.text(coder), t -> t.startsWith("Coder: ") && t.equals(coder.getText()));
        assertThat(shown).as("the coder as shown").startsWith("Coder: ").isEqualTo(read(coder::getText));
        assertThat(read(() -> Shown.text(project))).as("the project's path as shown")
                .endsWith("new.parallax");
    }

    @Test
    void theDocumentsListsHeadersCanBeRead(FxRobot robot) throws Exception {
        TableView<?> documents = find(robot, "#documentsTable", TableView.class);
        find(robot, "#documentsPlaceholder", Label.class);
        waitUntil(() -> main.documents().listedProperty().get());
        assertThat(settled(() -> Shown.unreadableHeaders(documents), List::isEmpty)).isEmpty();
    }

    @Test
    void theEmptyDocumentsListShowsEachOfItsColumns(FxRobot robot) throws Exception {
        TableView<?> documents = find(robot, "#documentsTable", TableView.class);
        waitUntil(() -> main.documents().listedProperty().get());
        assertThat(settled(() -> Shown.columnsOutOfView(documents), List::isEmpty)).isEmpty();
    }

    @Test
    void everyBottomTabsHeadingIsWhole(FxRobot robot) throws Exception {
        TabPane tabs = find(robot, "#bottomTabs", TabPane.class);
        waitUntil(() -> main.documents().listedProperty().get());
        assertThat(settled(() -> Shown.tabsNotWhole(tabs), List::isEmpty)).isEmpty();
    }
}
