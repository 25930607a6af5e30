package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import org.junit.jupiter.api.Test;
import org.parallax.model.Document;
import org.parallax.testutil.TestProjects;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.UiFixture;
import org.testfx.api.FxRobot;

/**
 * Undo of a document removal is refused when the same text was imported since: the window says the step is taken
 * off the history and which step Undo offers now, and Undo then takes back the step before the removal.
 */
class RefusedUndoRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        return UiFixture.createProject(folder);
    }

    private MenuItem editMenuItem(FxRobot robot, String startsWith) {
        MenuBar bar = find(robot, ".menu-bar", MenuBar.class);
        return read(() -> bar.getMenus().stream().filter(m -> m.getText().replace("_", "").equals("Edit"))
                .map(Menu::getItems).flatMap(List::stream)
                .filter(i -> i.getText() != null && i.getText().startsWith(startsWith)).findFirst().orElseThrow());
    }

    @Test
    void aRefusedUndoSaysTheStepIsTakenOffAndUndoGoesOnWithTheStepBefore(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 2);
        Document first = read(() -> main.documents().rows().get(0).document());
        Path note = TestProjects.textFile(Files.createTempDirectory(dir, "note"), "note.txt",
                "A quokka crossed the conference hall.\n");
        boolean[] done = new boolean[1];
        robot.interact(() -> main.context().write(wb -> {
            wb.documents().updateMeta(first, first.meta().withTitle("Renamed"));
            long id = TestProjects.importOne(wb, note);
            wb.documents().delete(id);
            TestProjects.importOne(wb, note);
            done[0] = true;
        }));
        waitUntil(() -> done[0] && read(() -> editMenuItem(robot, "Undo").getText()
                .equals("Undo Remove document 'note'")));

        robot.interact(() -> editMenuItem(robot, "Undo").fire());
        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString().contains("Cannot put back 'note'")
                .contains("taken off the history").contains("Undo now offers “Edit document details”");
        waitUntil(() -> editMenuItem(robot, "Undo").getText().equals("Undo Edit document details"));
        assertThat(read(() -> editMenuItem(robot, "Redo").isDisable())).isTrue();

        robot.interact(() -> editMenuItem(robot, "Undo").fire());
        waitUntil(() -> main.documents().rows().stream()
                .anyMatch(r -> r.document().id() == first.id() && r.title().equals(first.title())));
        assertThat(dialogs.errors).hasSize(1);
    }
}
