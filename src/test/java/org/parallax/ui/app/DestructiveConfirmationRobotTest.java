package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A question before something is deleted or replaced (Delete code, Remove documents, Restore from backup) as the
 * window asks it: Enter, pressed out of habit, keeps everything; only a chosen OK goes ahead.
 */
class DestructiveConfirmationRobotTest extends RobotWindow {
    @Test
    void enterCancelsAndOnlyAChosenOkGoesAhead(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().isOpen());
        FxDialogService asking = new FxDialogService(stage);

        CompletableFuture<Boolean> entered = ask(robot, asking);
        assertThat(read(() -> button(robot, ButtonType.CANCEL).isDefaultButton())).isTrue();
        assertThat(read(() -> button(robot, ButtonType.OK).isDefaultButton())).isFalse();
        robot.type(KeyCode.ENTER);
        assertThat(entered.get(60, TimeUnit.SECONDS)).isFalse();

        CompletableFuture<Boolean> chosen = ask(robot, asking);
        robot.interact(() -> button(robot, ButtonType.OK).fire());
        assertThat(chosen.get(60, TimeUnit.SECONDS)).isTrue();
    }

    /** A list asked for with nothing chosen: Enter picks nothing. */
    @Test
    void aChoiceWithNothingChosenAtFirstTakesNoEnter(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().isOpen());
        FxDialogService asking = new FxDialogService(stage);
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(asking.choose("Restore from backup", "Replace sample.parallax with "
                + "which backup?", List.of("the newest backup", "an older backup"), null)));
        waitUntil(() -> robot.lookup(".dialog-pane").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());

        assertThat(read(() -> button(robot, ButtonType.OK).isDisabled())).isTrue();
        robot.type(KeyCode.ENTER);
        // Once the FX thread has handled the key, an Enter that chose would have answered.
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(answer).isNotDone();
        robot.interact(() -> button(robot, ButtonType.CANCEL).fire());
        assertThat(answer.get(60, TimeUnit.SECONDS)).isEmpty();
    }

    /**
     * Restore from backup… opened with no backup chosen and OK greyed, so the researcher hunted the newest among the
     * dates: it is chosen at first and OK takes it, while Cancel stays the default button, so Enter replaces nothing.
     */
    @Test
    void aChoiceThatReplacesOffersTheNewestButTakesNoEnter(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().isOpen());
        FxDialogService asking = new FxDialogService(stage);
        CompletableFuture<Optional<String>> entered = new CompletableFuture<>();
        Platform.runLater(() -> entered.complete(asking.chooseToReplace("Restore from backup", "Replace "
                + "sample.parallax with which backup?", List.of("the newest backup", "an older backup"),
                "the newest backup")));
        waitUntil(() -> robot.lookup(".dialog-pane").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());

        assertThat(read(() -> button(robot, ButtonType.OK).isDisabled())).isFalse();
        assertThat(read(() -> button(robot, ButtonType.CANCEL).isDefaultButton())).isTrue();
        assertThat(read(() -> robot.lookup(".dialog-pane .combo-box").match(NodeQueryUtils.isVisible())
                .queryAs(ComboBox.class).getValue()))
                .isEqualTo("the newest backup");
        robot.type(KeyCode.ENTER);
        assertThat(entered.get(60, TimeUnit.SECONDS)).as("Enter is Cancel").isEmpty();

        CompletableFuture<Optional<String>> chosen = new CompletableFuture<>();
        Platform.runLater(() -> chosen.complete(asking.chooseToReplace("Restore from backup", "Replace "
                + "sample.parallax with which backup?", List.of("the newest backup", "an older backup"),
                "the newest backup")));
        waitUntil(() -> robot.lookup(".dialog-pane").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.interact(() -> button(robot, ButtonType.OK).fire());
        assertThat(chosen.get(60, TimeUnit.SECONDS)).contains("the newest backup");
    }

    private static CompletableFuture<Boolean> ask(FxRobot robot, FxDialogService asking) throws Exception {
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(asking.confirm("Delete code",
                "Delete 'Balance of power' and its 16 passages?")));
        waitUntil(() -> robot.lookup(".dialog-pane").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        return answer;
    }

    private static Button button(FxRobot robot, ButtonType type) {
        return (Button) robot.lookup(".dialog-pane").match(NodeQueryUtils.isVisible()).queryAs(DialogPane.class)
                .lookupButton(type);
    }
}
