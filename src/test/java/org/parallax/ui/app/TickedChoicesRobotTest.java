package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DialogPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

/**
 * The pseudonymised export's question as the window asks it: each attribute a box to tick, none ticked, the export's
 * button greyed until one is. In the real window the boxes read "modifiedtime" and "sourceurl": an underscore in a
 * box's text was taken for a keyboard mnemonic and not drawn.
 */
class TickedChoicesRobotTest extends RobotWindow {
    private static final List<String> OPTIONS = List.of("modified_time — in 5 of 15 documents: 2021-10-04 15:53",
            "speaker — in 15 of 15 documents: Original parties (12 states), NATO member states, …");

    @Test
    void theOptionsReadAsGivenNoneTickedAndTheButtonWaitsForATick(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().isOpen());
        FxDialogService asking = new FxDialogService(stage);
        CompletableFuture<Optional<List<String>>> answer = new CompletableFuture<>();
        Platform.runLater(() -> answer.complete(asking.chooseSeveral("Pseudonymised export", "Tick each attribute "
                + "whose values are names.", OPTIONS, "Export pseudonymised")));
        waitUntil(() -> robot.lookup(".dialog-pane").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        DialogPane pane = read(() -> robot.lookup(".dialog-pane").match(NodeQueryUtils.isVisible())
                .queryAs(DialogPane.class));
        List<CheckBox> boxes = read(() -> pane.lookupAll(".check-box").stream().map(CheckBox.class::cast)
                .toList());
        Button export = read(() -> pane.lookupAll(".button").stream().map(Button.class::cast)
                .filter(b -> b.getText().equals("Export pseudonymised")).findFirst().orElseThrow());

        assertThat(read(() -> boxes.stream().map(b -> ((Text) b.lookup(".text")).getText()).toList()))
                .containsExactlyElementsOf(OPTIONS);
        assertThat(read(() -> boxes.stream().noneMatch(CheckBox::isSelected))).isTrue();
        assertThat(read(export::isDisabled)).as("nothing ticked, nothing to confirm").isTrue();

        robot.interact(() -> boxes.get(1).setSelected(true));
        assertThat(read(export::isDisabled)).isFalse();
        robot.interact(export::fire);
        assertThat(answer.get(60, TimeUnit.SECONDS)).contains(List.of(OPTIONS.get(1)));
    }
}
