package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.parallax.ui.FxThread;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

/**
 * A question with a long prompt (the pseudonymised export's, Switch coder's list of coders, Restore from backup's with
 * a long project name) as the window asks it: the prompt wraps above its field and the dialog stays narrower than the
 * window, so OK is on the screen. Beside the field, the prompt's one line made the pseudonymised export's dialog wider
 * than a 1280-pixel screen, its field and OK off the right edge.
 */
class LongPromptFitsRobotTest extends RobotWindow {
    private static final String PSEUDONYMISE = "No document attribute is marked sensitive, so nothing would be replaced. "
            + "Attributes whose values are names to replace with P01, P02, … (separated by commas; they stay marked):";

    @Test
    void aTextQuestionWithALongPromptFitsInTheWindowWithItsOk(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().isOpen());

        CompletableFuture<Optional<String>> answer = ask(robot, d -> d.askText("Pseudonymised export", PSEUDONYMISE,
                "modified_time, published_time, source_url, speaker, tags"));

        assertFits(robot);
        robot.interact(() -> okButton(robot).fire());
        assertThat(answer.get(60, TimeUnit.SECONDS)).contains("modified_time, published_time, source_url, speaker, tags");
    }

    @Test
    void aChoiceWithALongPromptFitsInTheWindowWithItsOk(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().isOpen());
        String project = "nato-russia-enlargement-interviews-with-former-diplomats-second-round-coded-blind.parallax";

        CompletableFuture<Optional<String>> answer = ask(robot, d -> d.choose("Restore from backup", "Replace "
                + project + " with which backup? The current state is kept as a backup first.",
                List.of("5 Dec 2026, 08:57:41 — manual — 5 documents, 5 passages"), null));

        assertFits(robot);
        robot.interact(() -> cancelButton(robot).fire());
        assertThat(answer.get(60, TimeUnit.SECONDS)).isEmpty();
    }

    private CompletableFuture<Optional<String>> ask(FxRobot robot, Function<FxDialogService, Optional<String>> question)
            throws Exception {
        FxDialogService asking = new FxDialogService(stage);
        CompletableFuture<Optional<String>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(question.apply(asking)));
        waitUntil(() -> robot.lookup(".dialog-pane").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        return answer;
    }

    private void assertFits(FxRobot robot) throws Exception {
        double windowWidth = FxThread.call(() -> stage.getWidth());
        Window dialog = FxThread.call(() -> pane(robot).getScene().getWindow());
        waitUntil(() -> FxThread.call(() -> dialog.getWidth() > 0));
        assertThat(FxThread.call(dialog::getWidth)).isLessThanOrEqualTo(windowWidth);
        Bounds ok = FxThread.call(() -> okButton(robot).localToScene(okButton(robot).getBoundsInLocal()));
        assertThat(ok.getMaxX()).isLessThanOrEqualTo(FxThread.call(() -> pane(robot).getScene().getWidth()));
    }

    private static DialogPane pane(FxRobot robot) {
        return robot.lookup(".dialog-pane").match(NodeQueryUtils.isVisible()).queryAs(DialogPane.class);
    }

    private static Button okButton(FxRobot robot) {
        return (Button) pane(robot).lookupButton(ButtonType.OK);
    }

    private static Button cancelButton(FxRobot robot) {
        return (Button) pane(robot).lookupButton(ButtonType.CANCEL);
    }
}
