package org.parallax.ui.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.documents.DocumentRow;
import org.parallax.workbench.AssistantSettings;
import org.parallax.workbench.Suggestion;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The assistant on the bundled sample, with the default settings: after the evaluation, turning suggestions on
 * marks suggestions in a document (the default threshold was chosen from the sample's evaluation, ADR 12;
 * before, the window said "No suggestions left" on every document).
 */
class AssistantOnTheSampleRobotTest extends RobotWindow {
    @Test
    void theDefaultThresholdShowsSuggestionsOnTheSample(FxRobot robot) throws Exception {
        waitUntil(() -> fx(() -> main.documents().rows().size()) == 15);
        selectTab(robot, "Assistant");
        CheckBox suggest = robot.lookup("#assistantSuggest").queryAs(CheckBox.class);
        robot.clickOn("#assistantEvaluate");
        waitUntil(() -> fx(() -> !main.assistant().figures().isEmpty() && !suggest.isDisabled()));
        robot.clickOn(suggest);
        long remarks = fx(() -> List.copyOf(main.documents().rows())).stream()
                .filter(r -> r.title().startsWith("Remarks by President Biden on Russia"))
                .map(DocumentRow::id).findFirst().orElseThrow();
        robot.interact(() -> main.documents().select(remarks));
        waitUntil(() -> fx(() -> main.assistant().hasSuggestionsFor(remarks)));

        List<Suggestion> shown = fx(main.assistant()::suggestions);
        assertThat(shown).isNotEmpty().allSatisfy(s -> {
            assertThat(s.documentId()).isEqualTo(remarks);
            assertThat(s.confidence()).isBetween(AssistantSettings.DEFAULT_THRESHOLD, 1.0);
        });
        Label hint = robot.lookup("#suggestionHint").queryAs(Label.class);
        assertThat(fx(hint::getText)).startsWith("Suggestion 1 of " + shown.size() + ": ");
    }

    /** Reads window state on the FX thread, which may be changing it at the same moment. */
    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
