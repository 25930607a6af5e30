package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

/**
 * A question with a long prompt (the pseudonymised export's, Restore from backup's with a long project name) as the
 * window asks it: the prompt wraps above its choices and the dialog stays narrower than the window, so its button is
 * on the screen. Beside the field, the prompt's one line once made the pseudonymised export's dialog wider than a
 * 1280-pixel screen, its field and OK off the right edge.
 */
class LongPromptFitsRobotTest extends RobotWindow {
    /**
     * The pseudonymised export's question as the export asks it (caught by the recording dialogs the window runs
     * with, the sample's own attributes as its options), shown again by the real dialog service.
     */
    @Test
    void thePseudonymisedExportsQuestionFitsInTheWindowWithItsButton(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().isOpen());
        Path out = Files.createTempDirectory(dir, "export").resolve("anon.qdpx");
        robot.interact(() -> main.exchange().exportQdpx(out, true));
        waitUntil(() -> !dialogs.severalAsked.isEmpty());
        RecordingDialogs.Several asked = read(() -> dialogs.severalAsked.get(0));
        assertThat(asked.prompt()).startsWith("No document attribute is marked sensitive yet.");
        assertThat(Files.exists(out)).as("cancelled, nothing is written").isFalse();

        CompletableFuture<Optional<List<String>>> answer = ask(robot, d -> d.chooseSeveral("Pseudonymised export",
                asked.prompt(), asked.options(), asked.action()));

        assertFits(robot);
        robot.interact(() -> cancelButton(robot).fire());
        assertThat(answer.get(60, TimeUnit.SECONDS)).isEmpty();
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

    private <T> CompletableFuture<T> ask(FxRobot robot, Function<FxDialogService, T> question) throws Exception {
        FxDialogService asking = new FxDialogService(stage);
        CompletableFuture<T> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(question.apply(asking)));
        waitUntil(() -> robot.lookup(".dialog-pane").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        return answer;
    }

    private void assertFits(FxRobot robot) throws Exception {
        double windowWidth = read(() -> stage.getWidth());
        Window dialog = read(() -> pane(robot).getScene().getWindow());
        waitUntil(() -> dialog.getWidth() > 0);
        assertThat(read(dialog::getWidth)).isLessThanOrEqualTo(windowWidth);
        Bounds ok = read(() -> confirmButton(robot).localToScene(confirmButton(robot).getBoundsInLocal()));
        assertThat(ok.getMaxX()).isLessThanOrEqualTo(read(() -> pane(robot).getScene().getWidth()));
    }

    private static DialogPane pane(FxRobot robot) {
        return read(() -> robot.lookup(".dialog-pane").match(NodeQueryUtils.isVisible()).queryAs(DialogPane.class));
    }

    /** OK, or the button named for what the dialog does ("Export pseudonymised"). */
    private static Button confirmButton(FxRobot robot) {
        DialogPane pane = pane(robot);
        return pane.getButtonTypes().stream().filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(t -> (Button) pane.lookupButton(t)).findFirst().orElseThrow();
    }

    private static Button cancelButton(FxRobot robot) {
        return (Button) pane(robot).lookupButton(ButtonType.CANCEL);
    }
}
