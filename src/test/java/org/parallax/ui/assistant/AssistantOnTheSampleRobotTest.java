package org.parallax.ui.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.documents.DocumentRow;
import org.parallax.workbench.AssistantSettings;
import org.parallax.workbench.Suggestion;
import org.testfx.api.FxRobot;

/**
 * The assistant on the bundled sample, with the default settings: after the evaluation, turning suggestions on
 * marks suggestions in a document (the default threshold was chosen from the sample's evaluation, ADR 12;
 * before, the window said "No suggestions left" on every document).
 */
class AssistantOnTheSampleRobotTest extends RobotWindow {
    @Test
    void theDefaultThresholdShowsSuggestionsOnTheSample(FxRobot robot) throws Exception {
        waitUntil(() -> read(() -> main.documents().rows().size()) == 15);
        selectTab(robot, "Assistant");
        CheckBox suggest = find(robot, "#assistantSuggest", CheckBox.class);
        robot.clickOn("#assistantEvaluate");
        waitUntil(() -> !main.assistant().figures().isEmpty() && !suggest.isDisabled());
        robot.clickOn(suggest);
        long remarks = read(() -> List.copyOf(main.documents().rows())).stream()
                .filter(r -> r.title().startsWith("Remarks by President Biden on Russia"))
                .map(DocumentRow::id).findFirst().orElseThrow();
        robot.interact(() -> main.documents().select(remarks));
        waitUntil(() -> main.assistant().hasSuggestionsFor(remarks));

        List<Suggestion> shown = read(main.assistant()::suggestions);
        assertThat(shown).isNotEmpty().allSatisfy(s -> {
            assertThat(s.documentId()).isEqualTo(remarks);
            assertThat(s.confidence()).isBetween(AssistantSettings.DEFAULT_THRESHOLD, 1.0);
        });
        Label hint = find(robot, "#suggestionHint", Label.class);
        assertThat(read(hint::getText)).startsWith("Suggestion 1 of " + shown.size() + ": ");
    }
}
