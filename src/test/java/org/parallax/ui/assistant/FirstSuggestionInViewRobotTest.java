package org.parallax.ui.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import org.fxmisc.richtext.InlineCssTextArea;
import org.fxmisc.richtext.model.TwoDimensional.Bias;
import org.junit.jupiter.api.Test;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.TestProjects;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.Suggestion;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In a long document whose first suggestion lies far below its first lines, the suggestions shown scroll that one
 * into view: the hint said "Suggestion 1 of 2" while the text showed none of them marked.
 */
class FirstSuggestionInViewRobotTest extends RobotWindow {
    private long probe;

    @Override
    protected Path project(Path folder) {
        Path file = AssistantFixture.create(folder, 6, 0);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 80; i++) {
            text.append("The museum was rather quiet this autumn.\n");
        }
        text.append(AssistantFixture.englishProbe());
        try (Workbench wb = Workbench.open(file)) {
            probe = TestProjects.importOne(wb, TestProjects.textFile(folder, "long-probe.txt", text.toString()));
        }
        return file;
    }

    @Test
    void suggestionsTurnedOnOverAnOpenDocumentShowTheFirst(FxRobot robot) throws Exception {
        CheckBox suggest = evaluated(robot);
        robot.interact(() -> main.documents().select(probe));
        InlineCssTextArea area = window.text().area();
        waitUntil(() -> area.getLength() > 0 && visible(area, 0));

        robot.clickOn(suggest);

        int first = firstSuggestedParagraph(area);
        waitUntil(() -> visible(area, first));
    }

    @Test
    void aDocumentOpenedWhileSuggestionsAreOnShowsItsFirst(FxRobot robot) throws Exception {
        CheckBox suggest = evaluated(robot);
        robot.clickOn(suggest);

        robot.interact(() -> main.documents().select(probe));

        InlineCssTextArea area = window.text().area();
        int first = firstSuggestedParagraph(area);
        waitUntil(() -> visible(area, first));
    }

    /** A passage opened from elsewhere (Table 1, a search) stays in view as the document's suggestions come. */
    @Test
    void aPassageOpenedWhileSuggestionsAreOnStaysInView(FxRobot robot) throws Exception {
        CheckBox suggest = evaluated(robot);
        robot.clickOn(suggest);
        int line = "The museum was rather quiet this autumn.\n".length();

        robot.interact(() -> main.document().reveal(probe, 5 * line, 6 * line - 1));

        InlineCssTextArea area = window.text().area();
        int first = firstSuggestedParagraph(area);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(read(() -> visible(area, 5))).as("the passage opened").isTrue();
        assertThat(read(() -> visible(area, first))).isFalse();
    }

    private CheckBox evaluated(FxRobot robot) throws Exception {
        waitUntil(() -> read(() -> main.documents().rows().size()) == 7);
        selectTab(robot, "Assistant");
        CheckBox suggest = find(robot, "#assistantSuggest", CheckBox.class);
        robot.clickOn("#assistantEvaluate");
        waitUntil(() -> !main.assistant().figures().isEmpty() && !suggest.isDisabled());
        return suggest;
    }

    /** The paragraph of the suggestion the keys act on, once shown: the first, far below the first screen. */
    private int firstSuggestedParagraph(InlineCssTextArea area) throws Exception {
        waitUntil(() -> main.assistant().hasSuggestionsFor(probe));
        Suggestion current = read(main.assistant()::currentSuggestion);
        assertThat(current).isEqualTo(read(main.assistant()::suggestions).get(0));
        int paragraph = read(() -> area.offsetToPosition(current.start(), Bias.Forward).getMajor());
        assertThat(paragraph).as("below the first screen").isGreaterThanOrEqualTo(80);
        return paragraph;
    }

    private static boolean visible(InlineCssTextArea area, int paragraph) {
        int first = area.visibleParToAllParIndex(0);
        int last = area.visibleParToAllParIndex(area.getVisibleParagraphs().size() - 1);
        return first <= paragraph && paragraph <= last;
    }
}
