package org.parallax.ui.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Comparator;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.model.Provenance;
import org.parallax.model.Segment;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.TestProjects;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.Suggestion;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The assistant in the window, driven from the keyboard: its evaluation comes first, then N/Tab moves between
 * the suggestions marked in the open document, R rejects one (never shown again, also after reopening the
 * project) and A/Enter accepts one, which becomes the analyst's passage with its provenance in the details.
 */
class AssistantSuggestionsRobotTest extends RobotWindow {
    private Path projectFile;
    private long probe;

    @Start
    void start(Stage stage) throws Exception {
        open(stage);
    }

    @Override
    protected Path project(Path folder) {
        projectFile = AssistantFixture.create(folder, 6, 0);
        try (Workbench wb = Workbench.open(projectFile)) {
            probe = TestProjects.importOne(wb, TestProjects.textFile(folder, "probe.txt",
                    AssistantFixture.englishProbe()));
        }
        return projectFile;
    }

    @Test
    void nextRejectAndAcceptFromTheKeyboard(FxRobot robot) throws Exception {
        turnSuggestionsOnAndReadTheProbe(robot);
        AssistantViewModel assistant = main.assistant();
        List<Suggestion> shown = assistant.suggestions();
        assertThat(shown).hasSize(2);
        assertThat(assistant.currentSuggestion()).isEqualTo(shown.get(0));
        Label hint = find(robot, "#suggestionHint", Label.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(hint.getText()).startsWith("Suggestion 1 of 2: " + shown.get(0).codeName() + ", confidence ");

        robot.type(KeyCode.N);
        assertThat(assistant.currentSuggestion()).isEqualTo(shown.get(1));
        robot.type(KeyCode.TAB);
        assertThat(assistant.currentSuggestion()).isEqualTo(shown.get(0));
        robot.type(KeyCode.TAB);

        robot.type(KeyCode.R);
        Suggestion rejected = shown.get(1);
        assertThat(assistant.suggestions()).containsExactly(shown.get(0));
        waitUntil(() -> read(wb -> wb.assistant().suggestForReading(probe,
                org.parallax.workbench.AssistantSettings.defaults())).stream().noneMatch(rejected::equals));

        robot.type(KeyCode.A);
        Suggestion accepted = shown.get(0);
        waitUntil(() -> read(wb -> wb.coding().segmentsOfDocument(probe)).stream().anyMatch(s -> matches(s, accepted)));
        Segment passage = read(wb -> wb.coding().segmentsOfDocument(probe)).stream()
                .filter(s -> matches(s, accepted)).findFirst().orElseThrow();
        assertThat(passage.coderId()).isEqualTo(read(wb -> wb.activeCoder().id()));
        Map<Long, Provenance> provenance = read(wb -> wb.coding().provenance(List.of(passage.id())));
        assertThat(provenance.get(passage.id()).describe()).startsWith("Suggested by the Parallax assistant")
                .contains("method=knn");
        assertThat(assistant.suggestions()).isEmpty();
        // The passage's details (the hover over it) name where it came from.
        waitUntil(() -> main.document().codeNamesAt(accepted.start()).stream()
                .anyMatch(l -> l.contains("Suggested by the Parallax assistant")));
        assertThat(main.document().codeNamesAt(accepted.start())).contains(accepted.codeName());
    }

    @Test
    void aRejectedSuggestionDoesNotComeBackAfterReopening(FxRobot robot) throws Exception {
        turnSuggestionsOnAndReadTheProbe(robot);
        Suggestion rejected = main.assistant().currentSuggestion();
        assertThat(rejected).isNotNull();
        robot.type(KeyCode.R);
        waitUntil(() -> !read(wb -> wb.assistant().suggestForReading(probe,
                org.parallax.workbench.AssistantSettings.defaults())).contains(rejected));

        WaitForAsyncUtils.asyncFx(main::close).get();
        WaitForAsyncUtils.asyncFx(() -> main.open(projectFile)).get();
        waitUntil(() -> main.documents().rows().size() == 7);
        turnSuggestionsOnAndReadTheProbe(robot);

        assertThat(main.assistant().suggestions()).hasSize(1).doesNotContain(rejected);
    }

    @Test
    void whenNothingReachesTheThresholdTheWindowSaysSoAndOffersALowerOne(FxRobot robot) throws Exception {
        turnSuggestionsOnAndReadTheProbe(robot);
        AssistantViewModel assistant = main.assistant();
        Suggestion strongest = assistant.suggestions().stream()
                .max(Comparator.comparingDouble(Suggestion::confidence)).orElseThrow();
        assertThat(strongest.confidence()).isLessThan(0.99);

        // a threshold above every suggestion, typed into the tab's control
        Spinner<?> threshold = robot.lookup("#assistantThreshold").queryAs(Spinner.class);
        robot.interact(() -> {
            threshold.getEditor().requestFocus();
            threshold.getEditor().selectAll();
        });
        robot.write("0.99").type(KeyCode.ENTER);
        waitUntil(() -> assistant.suggestions().isEmpty());
        Label hint = robot.lookup("#suggestionHint").queryAs(Label.class);
        waitUntil(() -> hint.getText().startsWith("No suggestion reached the threshold 0.99 in this document; "
                + "the strongest is " + strongest.codeName() + " at "));
        Button lower = robot.lookup("#assistantLower").queryAs(Button.class);
        assertThat(lower.isVisible()).isTrue();

        robot.clickOn(lower);
        double offered = Math.floor(strongest.confidence() * 100) / 100;
        waitUntil(() -> !assistant.suggestions().isEmpty());
        assertThat(threshold.getValue()).isEqualTo(offered);
        assertThat(assistant.suggestions()).contains(strongest)
                .allSatisfy(s -> assertThat(s.confidence()).isGreaterThanOrEqualTo(offered));
        assertThat(lower.isVisible()).isFalse();
        assertThat(hint.getText()).startsWith("Suggestion 1 of ");

        // what the analyst accepts records the threshold in force
        robot.interact(window.text().area()::requestFocus);
        while (!strongest.equals(assistant.currentSuggestion())) {
            robot.type(KeyCode.N);
        }
        robot.type(KeyCode.A);
        waitUntil(() -> read(wb -> wb.coding().segmentsOfDocument(probe)).stream().anyMatch(s -> matches(s, strongest)));
        Segment passage = read(wb -> wb.coding().segmentsOfDocument(probe)).stream()
                .filter(s -> matches(s, strongest)).findFirst().orElseThrow();
        assertThat(read(wb -> wb.coding().provenance(List.of(passage.id()))).get(passage.id()).describe())
                .contains("threshold=" + offered);
    }

    private void turnSuggestionsOnAndReadTheProbe(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 7);
        selectTab(robot, "Assistant");
        CheckBox suggest = find(robot, "#assistantSuggest", CheckBox.class);
        assertThat(suggest.isDisabled()).as("suggestions wait for the evaluation").isTrue();
        robot.clickOn("#assistantEvaluate");
        waitUntil(() -> !main.assistant().figures().isEmpty() && !suggest.isDisabled());
        assertThat(main.assistant().figures()).extracting(f -> f.code())
                .contains(AssistantFixture.POWER, AssistantFixture.DIALOGUE, "(all codes)");
        robot.clickOn(suggest);
        robot.interact(() -> main.documents().select(probe));
        waitUntil(() -> main.assistant().hasSuggestionsFor(probe));
        InlineCssTextArea area = window.text().area();
        robot.interact(area::requestFocus);
    }

    private static boolean matches(Segment s, Suggestion suggestion) {
        return s.start() == suggestion.start() && s.end() == suggestion.end() && s.codeId() == suggestion.codeId();
    }

    private <T> T read(Function<Workbench, T> work) throws Exception {
        Object[] out = new Object[1];
        boolean[] done = new boolean[1];
        WaitForAsyncUtils.asyncFx(() -> main.context().read(work::apply, r -> {
            out[0] = r;
            done[0] = true;
        }));
        waitUntil(() -> done[0]);
        @SuppressWarnings("unchecked")
        T result = (T) out[0];
        return result;
    }
}
