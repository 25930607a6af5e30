package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.parallax.ui.FxThread;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

/**
 * File → Open team project… as a new user meets it: the form of a URL stays in sight while the field has the focus,
 * and a URL that is refused comes back in the dialog, with the user typed, to be corrected.
 */
class TeamProjectDialogRobotTest extends RobotWindow {
    @Test
    void theUrlsFormStaysInSightAndARefusedUrlComesBack(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().isOpen());
        ProjectActions actions = new ProjectActions(main, new FxDialogService(stage));
        showDialog(robot, actions);
        TextField url = find(robot, "#teamUrl", TextField.class);
        waitUntil(() -> FxThread.call(url::isFocused));
        assertThat(FxThread.call(() -> robot.lookup(".dialog-pane .label").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList()))
                .anyMatch(text -> text.contains("postgresql://HOST:PORT/DATABASE?project=NAME"));

        String withoutProject = "postgresql://127.0.0.1:1/nowhere";
        robot.interact(() -> {
            url.setText(withoutProject);
            find(robot, "#teamUser", TextField.class).setText("cora");
        });
        robot.interact(() -> openButton(robot).fire());
        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString().contains("name the project").hasLineCount(1);

        showDialog(robot, actions);
        assertThat(FxThread.call(() -> find(robot, "#teamUrl", TextField.class).getText())).isEqualTo(withoutProject);
        assertThat(FxThread.call(() -> find(robot, "#teamUser", TextField.class).getText())).isEqualTo("cora");
        robot.interact(() -> ((Button) find(robot, ".dialog-pane", DialogPane.class)
                .lookupButton(javafx.scene.control.ButtonType.CANCEL)).fire());
    }

    private static void showDialog(FxRobot robot, ProjectActions actions) throws Exception {
        Platform.runLater(actions::openTeamProject);
        waitUntil(() -> robot.lookup("#teamUrl").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
    }

    private static Button openButton(FxRobot robot) {
        DialogPane pane = find(robot, ".dialog-pane", DialogPane.class);
        return pane.getButtonTypes().stream().filter(b -> b.getText().equals("Open"))
                .map(b -> (Button) pane.lookupButton(b)).findFirst().orElseThrow();
    }
}
