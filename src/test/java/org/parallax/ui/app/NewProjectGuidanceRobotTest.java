package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.Shown;
import org.parallax.ui.WindowSize;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A new project with an empty codebook, at 1280×800: the documents list says in full how to import, and Table 1 says
 * how it gets rows (a frame, codes in it) instead of JavaFX's "No content in table"; so does Process tracing's
 * evidence table (a hypothesis set, then a passage sent from the document). The documents list's headers can be read:
 * the column menu (+) sits over the last one while the list is empty, which read "C…".
 */
@WindowSize(width = 1280, height = 800)
class NewProjectGuidanceRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        Path project = folder.resolve("new.parallax");
        Workbench.create(project, null).close();
        return project;
    }

    @Test
    void anEmptyProjectSaysInFullHowToImportAndHowTable1GetsRows(FxRobot robot) throws Exception {
        Label documents = find(robot, "#documentsPlaceholder", Label.class);
        String importing = "No documents yet: File → Import → Documents… or drop files or a folder here";
        assertThat(settled(() -> Shown.text(documents), importing::equals)).isEqualTo(importing);

        Label table1 = find(robot, "#table1Placeholder", Label.class);
        String frames = settled(() -> Shown.text(table1), t -> t.startsWith("No frames yet"));
        assertThat(frames).contains("Codebook → Add frame…").endsWith("onto the frame.");
        assertThat(read(table1::isVisible)).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void processTracingsEmptyEvidenceTableSaysWhatToDoFirst(FxRobot robot) throws Exception {
        selectTab(robot, "Process tracing");
        Label evidence = find(robot, "#evidencePlaceholder", Label.class);
        String noSet = settled(() -> Shown.text(evidence), t -> t.endsWith("\"Use as evidence…\"."));
        assertThat(noSet).startsWith("No hypothesis set yet: \"Add the study's H1/H2\"")
                .endsWith("\"Use as evidence…\".");

        robot.interact(main.tracing()::installTemplate);
        String noEvidence = settled(() -> Shown.text(evidence), t -> t.startsWith("No evidence yet"));
        assertThat(noEvidence).startsWith("No evidence yet: right-click a passage").endsWith("P(E|H) at the right.");
        assertThat(read(evidence::isVisible)).isTrue();
        assertThat(dialogs.errors).isEmpty();
    }

    /**
     * Without a set, the line over the tab said "No hypothesis set yet" as the table did, and stood there a few
     * seconds after "Add the study's H1/H2" made one, until the tab was read again: the table alone says it.
     */
    @Test
    void noLineSaysThereIsNoHypothesisSetOnceTheStudysSetIsAdded(FxRobot robot) throws Exception {
        selectTab(robot, "Process tracing");
        Label evidence = find(robot, "#evidencePlaceholder", Label.class);
        Label problem = find(robot, "#tracingProblem", Label.class);
        settled(() -> Shown.text(evidence), t -> t.startsWith("No hypothesis set yet"));
        // The tab's first read has run and its result reached the window.
        drainTasks();
        robot.interact(() -> { });
        assertThat(read(problem::getText)).as("one line says there is no set: the table's").doesNotContain(
                "No hypothesis set yet");

        robot.clickOn("#studyTemplate");
        waitUntil(() -> Shown.text(evidence).startsWith("No evidence yet"));
        assertThat(read(problem::getText)).doesNotContain("No hypothesis set yet");
    }

    @Test
    void theDocumentsListsHeadersCanBeReadClearOfTheColumnMenu(FxRobot robot) throws Exception {
        TableView<?> documents = find(robot, "#documentsTable", TableView.class);
        waitUntil(() -> main.documents().listedProperty().get());
        assertThat(settled(() -> Shown.unreadableHeaders(documents), List::isEmpty)).isEmpty();
    }
}
