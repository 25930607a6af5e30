package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.function.Function;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.ui.documents.DocumentRow;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A researcher coming from NVivo presses Ctrl+S after typing a document's details or a memo, and trusts it. The key did
 * nothing and said nothing: details typed without "Save details" were lost when the laptop went down, and nothing
 * told the researcher that codings and memos are saved as they are made. Ctrl+S (File → Save) now saves what is being
 * typed, and once the project file holds it the status bar says everything is saved.
 */
class SaveNowRobotTest extends RobotWindow {
    private Path file;

    @Override
    protected Path project(Path folder) {
        file = UiFixture.createProject(folder);
        return file;
    }

    @Test
    void detailsTypedThenCtrlSAreInTheFileWhenTheStatusBarSaysEverythingIsSaved(FxRobot robot) throws Exception {
        DocumentRow first = firstDocumentShown(robot, "Details");
        TextField title = find(robot, "#metadataTitle", TextField.class);
        TextField actor = find(robot, "#metadataActor", TextField.class);
        waitUntil(() -> title.getText().equals(first.title()));

        robot.clickOn(actor).push(KeyCode.CONTROL, KeyCode.A).write("Vladimir Putin");
        robot.push(KeyCode.CONTROL, KeyCode.S);

        waitUntil(() -> statusLine().startsWith("Everything is saved in test.parallax"));
        // Read from the file by another connection at once, as the project would be reopened after a crash.
        assertThat(inTheFile(wb -> wb.documents().require(first.id()).meta().actor())).isEqualTo("Vladimir Putin");
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aMemoTypedThenCtrlSIsInTheFileWhenTheStatusBarSaysSo(FxRobot robot) throws Exception {
        DocumentRow first = firstDocumentShown(robot, "Memo");
        TextArea memo = find(robot, "#memoText", TextArea.class);
        waitUntil(() -> !memo.isDisabled() && main.memo().headingProperty().get().contains(first.title()));

        robot.clickOn(memo).write("Read closely for H1");
        robot.push(KeyCode.CONTROL, KeyCode.S);

        waitUntil(() -> statusLine().startsWith("Everything is saved in test.parallax"));
        assertThat(inTheFile(wb -> wb.memos().memo(MemoTarget.document(first.id())).map(Memo::text).orElse("")))
                .isEqualTo("Read closely for H1");
    }

    /**
     * Ctrl+S during an import said nothing until the import had ended: what was typed is saved at once, and the line
     * says so and that the import is still running (held by a test hook before it stores its first file).
     */
    @Test
    void ctrlSDuringAnImportAnswersAtOnceAndSaysTheImportStillRuns(FxRobot robot) throws Exception {
        DocumentRow first = firstDocumentShown(robot, "Details");
        TextField title = find(robot, "#metadataTitle", TextField.class);
        TextField actor = find(robot, "#metadataActor", TextField.class);
        waitUntil(() -> title.getText().equals(first.title()));

        whileAnImportIsHeld(robot, () -> {
            robot.clickOn(actor).push(KeyCode.CONTROL, KeyCode.A).write("Jaap de Hoop Scheffer");
            robot.push(KeyCode.CONTROL, KeyCode.S);

            waitUntil(() -> statusLine().startsWith("Everything is saved in test.parallax"));
            String line = read(this::statusLine);
            assertThat(line).isEqualTo("Everything is saved in test.parallax (Parallax saves each change as you make "
                    + "it); importing documents is still running (the bar at the bottom of the window shows it)");
            assertThat(inTheFile(wb -> wb.documents().require(first.id()).meta().actor()))
                    .isEqualTo("Jaap de Hoop Scheffer");
        });
        assertThat(dialogs.errors).isEmpty();
    }

    private DocumentRow firstDocumentShown(FxRobot robot, String tab) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 2);
        DocumentRow first = read(() -> main.documents().rows().get(0));
        robot.interact(() -> main.documents().select(first.id()));
        selectTab(robot, tab);
        return first;
    }

    private String statusLine() {
        return ((Label) stage.getScene().lookup("#statusLastResult")).getText();
    }

    private String inTheFile(Function<Workbench, String> query) {
        try (Workbench other = Workbench.openReadOnly(file)) {
            return query.apply(other);
        }
    }
}
