package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * Ctrl+W closes the project and the start page takes the panes' place: with the keyboard on the status bar's coder link
 * (F6's last stop), it stayed there, the link empty with no project open, where Enter and Space did nothing a keyboard
 * user could see. It now goes to the start page's most recent project, the one just closed, which Enter opens again.
 */
class KeyboardAfterCloseRobotTest extends RobotWindow {

    @Test
    void ctrlWPutsTheKeyboardOnTheProjectJustClosedWhichEnterOpensAgain(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().workbench() != null && !main.documents().rows().isEmpty());
        int documents = read(() -> main.documents().rows().size());
        // Where F6 stops in the status bar, and where Switch coder… leaves the keyboard.
        Node coder = find(robot, "#statusCoder", Node.class);
        robot.interact(coder::requestFocus);
        waitUntil(coder::isFocused);

        robot.push(KeyCode.CONTROL, KeyCode.W);

        waitUntil(() -> main.context().workbench() == null && stage.getScene().lookup("#startPage").isVisible());
        Node owner = settled(() -> stage.getScene().getFocusOwner(), KeyboardAfterCloseRobotTest::aRecentProject);
        assertThat(read(() -> aRecentProject(owner))).as("the keyboard after Ctrl+W on a recent project, not on "
                + read(() -> owner == null ? "nothing" : owner.getId() + " " + owner)).isTrue();
        List<String> recent = copy(() -> main.recentProjects());
        assertThat(read(((Hyperlink) owner)::getText)).isEqualTo(recent.get(0)).endsWith("sample.parallax");

        robot.push(KeyCode.ENTER);

        waitUntil(() -> main.context().workbench() != null && main.documents().rows().size() == documents);
    }

    private static boolean aRecentProject(Node node) {
        return node instanceof Hyperlink && node.getParent() != null && "startRecent".equals(node.getParent().getId());
    }
}
