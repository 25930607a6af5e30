package org.parallax.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.parallax.ui.documents.DocumentRow;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A memo is saved as it is typed, also while an import runs: its save waited behind the whole import on the one
 * background thread, "Saving…" over the field for as long as the import took, and a computer going down before the
 * import ended lost what the researcher had typed and left. The import is held before it stores its first files (a
 * test hook), and the memo typed meanwhile must be in the project file, read through a connection of its own.
 */
class MemoSavedDuringImportRobotTest extends RobotWindow {
    private Path file;

    @Override
    protected Path project(Path folder) {
        file = UiFixture.createProject(folder);
        return file;
    }

    @Test
    void aMemoTypedWhileAnImportRunsIsInTheFileBeforeTheImportEnds(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 2);
        DocumentRow first = read(() -> main.documents().rows().get(0));
        robot.interact(() -> main.documents().select(first.id()));
        selectTab(robot, "Memo");
        TextArea memo = find(robot, "#memoText", TextArea.class);
        waitUntil(() -> !memo.isDisabled() && main.memo().headingProperty().get().contains(first.title()));

        whileAnImportIsHeld(robot, () -> {
            robot.clickOn(memo).write("Typed while the import ran");

            // Every key in and saved since (a pause between keys on a busy machine saves part of it first).
            waitUntil(() -> memo.getText().equals("Typed while the import ran")
                    && main.memo().statusProperty().get().equals("Saved"));
            assertThat(inTheFile(wb -> wb.memos().memo(MemoTarget.document(first.id())).map(Memo::text).orElse("")))
                    .isEqualTo("Typed while the import ran");
        });
        assertThat(dialogs.errors).isEmpty();
    }

    private String inTheFile(java.util.function.Function<Workbench, String> query) {
        try (Workbench other = Workbench.openReadOnly(file)) {
            return query.apply(other);
        }
    }
}
