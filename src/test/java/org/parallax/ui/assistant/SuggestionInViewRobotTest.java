package org.parallax.ui.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.input.KeyCode;
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
 * In a long document the suggestion that N/Tab moves to is scrolled into view: the hint said "Suggestion 2 of 41"
 * while the text showed none of them, so the researcher hunted for it or pressed A on a passage never read.
 */
class SuggestionInViewRobotTest extends RobotWindow {
    private long probe;

    @Override
    protected Path project(Path folder) {
        Path file = AssistantFixture.create(folder, 6, 0);
        // Two suggestions, one near the top and one some eighty paragraphs below it.
        String probeText = AssistantFixture.englishProbe();
        int split = probeText.indexOf("The foreign ministers");
        StringBuilder text = new StringBuilder(probeText.substring(0, split)).append('\n');
        for (int i = 0; i < 80; i++) {
            text.append("The museum was rather quiet this autumn.\n");
        }
        text.append(probeText.substring(split));
        try (Workbench wb = Workbench.open(file)) {
            probe = TestProjects.importOne(wb, TestProjects.textFile(folder, "long-probe.txt", text.toString()));
        }
        return file;
    }

    @Test
    void theNextSuggestionIsScrolledIntoView(FxRobot robot) throws Exception {
        waitUntil(() -> read(() -> main.documents().rows().size()) == 7);
        selectTab(robot, "Assistant");
        CheckBox suggest = find(robot, "#assistantSuggest", CheckBox.class);
        robot.clickOn("#assistantEvaluate");
        waitUntil(() -> !main.assistant().figures().isEmpty() && !suggest.isDisabled());
        robot.clickOn(suggest);
        robot.interact(() -> main.documents().select(probe));
        waitUntil(() -> main.assistant().hasSuggestionsFor(probe));
        InlineCssTextArea area = window.text().area();
        robot.interact(area::requestFocus);
        List<Suggestion> shown = read(main.assistant()::suggestions);
        assertThat(shown).hasSizeGreaterThanOrEqualTo(2);
        Suggestion last = shown.get(shown.size() - 1);
        int lastParagraph = read(() -> area.offsetToPosition(last.start(), Bias.Forward).getMajor());
        assertThat(lastParagraph).isGreaterThan(60);
        assertThat(read(() -> visible(area, lastParagraph))).as("far below the first screen").isFalse();

        while (!last.equals(read(main.assistant()::currentSuggestion))) {
            robot.type(KeyCode.N);
        }
        WaitForAsyncUtils.waitForFxEvents();
        waitUntil(() -> visible(area, lastParagraph));

        robot.type(KeyCode.N);
        Suggestion first = read(main.assistant()::currentSuggestion);
        int firstParagraph = read(() -> area.offsetToPosition(first.start(), Bias.Forward).getMajor());
        waitUntil(() -> visible(area, firstParagraph));
    }

    private static boolean visible(InlineCssTextArea area, int paragraph) {
        int first = area.visibleParToAllParIndex(0);
        int last = area.visibleParToAllParIndex(area.getVisibleParagraphs().size() - 1);
        return first <= paragraph && paragraph <= last;
    }
}
