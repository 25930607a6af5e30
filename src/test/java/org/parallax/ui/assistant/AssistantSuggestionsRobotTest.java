package org.parallax.ui.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Map;
import java.util.function.Function;
import java.util.Comparator;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.InlineCssTextArea;
import org.junit.jupiter.api.Test;
import org.parallax.model.AssistantMethod;
import org.parallax.model.Provenance;
import org.parallax.model.Segment;
import org.parallax.testutil.AssistantFixture;
import org.parallax.testutil.TestProjects;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.Suggestion;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The assistant in the window, driven from the keyboard: its evaluation comes first, then N/Tab moves between
 * the suggestions marked in the open document, R rejects one (never shown again, also after reopening the
 * project) and A/Enter accepts one, which becomes the analyst's passage with its provenance in the details.
 */
class AssistantSuggestionsRobotTest extends RobotWindow {
    private Path projectFile;
    private long probe;

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
        List<Suggestion> shown = fx(assistant::suggestions);
        assertThat(shown).hasSize(2);
        assertThat(fx(assistant::currentSuggestion)).isEqualTo(shown.get(0));
        Label hint = find(robot, "#suggestionHint", Label.class);
        assertThat(hint.isVisible()).isTrue();
        assertThat(fx(hint::getText)).startsWith("Suggestion 1 of 2: " + shown.get(0).codeName() + ", confidence ");

        robot.type(KeyCode.N);
        assertThat(fx(assistant::currentSuggestion)).isEqualTo(shown.get(1));
        robot.type(KeyCode.TAB);
        assertThat(fx(assistant::currentSuggestion)).isEqualTo(shown.get(0));
        robot.type(KeyCode.TAB);

        robot.type(KeyCode.R);
        Suggestion rejected = shown.get(1);
        assertThat(fx(assistant::suggestions)).containsExactly(shown.get(0));
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
        assertThat(fx(assistant::suggestions)).isEmpty();
        // The passage's details (the hover over it) name where it came from.
        waitUntil(() -> fx(() -> main.document().codeNamesAt(accepted.start())).stream()
                .anyMatch(l -> l.contains("Suggested by the Parallax assistant")));
        assertThat(fx(() -> main.document().codeNamesAt(accepted.start()))).contains(accepted.codeName());
    }

    /** An accepted suggestion whose passage an undo takes away again is offered again, and the place is kept. */
    @Test
    void anUndoneAcceptanceIsSuggestedAgain(FxRobot robot) throws Exception {
        turnSuggestionsOnAndReadTheProbe(robot);
        AssistantViewModel assistant = main.assistant();
        List<Suggestion> shown = fx(assistant::suggestions);
        assertThat(shown).hasSize(2);
        Suggestion accepted = shown.get(0);

        robot.type(KeyCode.A);
        waitUntil(() -> read(wb -> wb.coding().segmentsOfDocument(probe)).stream().anyMatch(s -> matches(s, accepted)));
        assertThat(fx(assistant::suggestions)).containsExactly(shown.get(1));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> read(wb -> wb.coding().segmentsOfDocument(probe)).stream().noneMatch(s -> matches(s, accepted)));
        waitUntil(() -> fx(assistant::suggestions).size() == 2);
        assertThat(fx(assistant::suggestions)).containsExactlyElementsOf(shown);
        assertThat(fx(assistant::currentSuggestion)).as("the suggestion shown before the undo").isEqualTo(shown.get(1));
    }

    @Test
    void aRejectedSuggestionDoesNotComeBackAfterReopening(FxRobot robot) throws Exception {
        turnSuggestionsOnAndReadTheProbe(robot);
        Suggestion rejected = fx(main.assistant()::currentSuggestion);
        assertThat(rejected).isNotNull();
        robot.type(KeyCode.R);
        waitUntil(() -> !read(wb -> wb.assistant().suggestForReading(probe,
                org.parallax.workbench.AssistantSettings.defaults())).contains(rejected));

        WaitForAsyncUtils.asyncFx(main::close).get();
        WaitForAsyncUtils.asyncFx(() -> main.open(projectFile)).get();
        waitUntil(() -> fx(() -> main.documents().rows().size()) == 7);
        turnSuggestionsOnAndReadTheProbe(robot);

        assertThat(fx(main.assistant()::suggestions)).hasSize(1).doesNotContain(rejected);
    }

    @Test
    void whenNothingReachesTheThresholdTheWindowSaysSoAndOffersALowerOne(FxRobot robot) throws Exception {
        turnSuggestionsOnAndReadTheProbe(robot);
        AssistantViewModel assistant = main.assistant();
        Suggestion strongest = fx(assistant::suggestions).stream()
                .max(Comparator.comparingDouble(Suggestion::confidence)).orElseThrow();
        assertThat(strongest.confidence()).isLessThan(0.99);

        // a threshold above every suggestion, typed into the tab's control
        Spinner<?> threshold = robot.lookup("#assistantThreshold").queryAs(Spinner.class);
        robot.interact(() -> {
            threshold.getEditor().requestFocus();
            threshold.getEditor().selectAll();
        });
        robot.write("0.99").type(KeyCode.ENTER);
        waitUntil(() -> fx(assistant::suggestions).isEmpty());
        Label hint = robot.lookup("#suggestionHint").queryAs(Label.class);
        waitUntil(() -> fx(hint::getText).startsWith("No suggestion reached the threshold 0.99 in this document; "
                + "the strongest is " + strongest.codeName() + " at "));
        Button lower = robot.lookup("#assistantLower").queryAs(Button.class);
        assertThat(fx(lower::isVisible)).isTrue();

        robot.clickOn(lower);
        double offered = Math.floor(strongest.confidence() * 100) / 100;
        waitUntil(() -> !fx(assistant::suggestions).isEmpty());
        assertThat(fx(threshold::getValue)).isEqualTo(offered);
        assertThat(fx(assistant::suggestions)).contains(strongest)
                .allSatisfy(s -> assertThat(s.confidence()).isGreaterThanOrEqualTo(offered));
        assertThat(fx(lower::isVisible)).isFalse();
        assertThat(fx(hint::getText)).startsWith("Suggestion 1 of ");

        // what the analyst accepts records the threshold in force
        robot.interact(window.text().area()::requestFocus);
        while (!strongest.equals(fx(assistant::currentSuggestion))) {
            robot.type(KeyCode.N);
        }
        robot.type(KeyCode.A);
        waitUntil(() -> read(wb -> wb.coding().segmentsOfDocument(probe)).stream().anyMatch(s -> matches(s, strongest)));
        Segment passage = read(wb -> wb.coding().segmentsOfDocument(probe)).stream()
                .filter(s -> matches(s, strongest)).findFirst().orElseThrow();
        assertThat(read(wb -> wb.coding().provenance(List.of(passage.id()))).get(passage.id()).describe())
                .contains("threshold=" + offered);
    }

    /**
     * A threshold typed with three decimals just above the strongest suggestion: the spinner showed it with two
     * ("0.42") and the hint said the strongest, at "0.42", had not reached the threshold "0.42". Now the threshold
     * is kept with the two decimals it is shown with, and a strongest suggestion below it reads below it.
     */
    @Test
    void theThresholdAndTheStrongestSuggestionReadAsTheyCompare(FxRobot robot) throws Exception {
        turnSuggestionsOnAndReadTheProbe(robot);
        AssistantViewModel assistant = main.assistant();
        Suggestion strongest = fx(assistant::suggestions).stream()
                .max(Comparator.comparingDouble(Suggestion::confidence)).orElseThrow();
        double justAbove = Math.floor(strongest.confidence() * 1000 + 1) / 1000;
        Spinner<?> threshold = robot.lookup("#assistantThreshold").queryAs(Spinner.class);
        robot.interact(() -> {
            threshold.getEditor().requestFocus();
            threshold.getEditor().selectAll();
        });
        robot.write(String.format(java.util.Locale.ROOT, "%.3f", justAbove)).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        double kept = fx(assistant.thresholdProperty()::get);
        assertThat(fx(() -> Double.parseDouble(threshold.getEditor().getText()))).isEqualTo(kept);
        Label hint = robot.lookup("#suggestionHint").queryAs(Label.class);
        if (kept <= strongest.confidence()) {
            waitUntil(() -> fx(assistant::suggestions).contains(strongest));
            return;
        }
        waitUntil(() -> fx(hint::getText).startsWith("No suggestion reached"));
        java.util.regex.Matcher said = java.util.regex.Pattern.compile(
                "threshold ([0-9.]+) in this document; the strongest is .* at ([0-9.]+)\\.").matcher(fx(hint::getText));
        assertThat(said.find()).as(fx(hint::getText)).isTrue();
        assertThat(Double.parseDouble(said.group(2))).as(fx(hint::getText))
                .isLessThan(Double.parseDouble(said.group(1)));
    }

    @Test
    void theSemanticMethodIsOfferedAndWhatItSuggestsCarriesItsName(FxRobot robot) throws Exception {
        waitUntil(() -> fx(() -> main.documents().rows().size()) == 7);
        selectTab(robot, "Assistant");
        ChoiceBox<AssistantMethod> method = find(robot, "#assistantMethod", ChoiceBox.class);
        // with the add-on on the class path (the build's), the window offers it
        assertThat(fx(() -> List.copyOf(method.getItems()))).contains(AssistantMethod.KNN, AssistantMethod.SEMANTIC);
        robot.interact(() -> method.setValue(AssistantMethod.SEMANTIC));

        turnSuggestionsOnAndReadTheProbe(robot);

        AssistantViewModel assistant = main.assistant();
        Suggestion accepted = fx(assistant::currentSuggestion);
        assertThat(accepted).isNotNull();
        robot.type(KeyCode.A);
        waitUntil(() -> read(wb -> wb.coding().segmentsOfDocument(probe)).stream().anyMatch(s -> matches(s, accepted)));
        Segment passage = read(wb -> wb.coding().segmentsOfDocument(probe)).stream()
                .filter(s -> matches(s, accepted)).findFirst().orElseThrow();
        Provenance provenance = read(wb -> wb.coding().provenance(List.of(passage.id()))).get(passage.id());
        assertThat(provenance.method()).isEqualTo("semantic");
        assertThat(provenance.describe()).contains("method=semantic model=all-MiniLM-L6-v2-q");

        // another method needs its own evaluation before suggestions can be shown again
        robot.interact(() -> method.setValue(AssistantMethod.KNN));
        CheckBox suggest = find(robot, "#assistantSuggest", CheckBox.class);
        waitUntil(() -> fx(() -> suggest.isDisabled() && !suggest.isSelected() && assistant.figures().isEmpty()));
    }

    private void turnSuggestionsOnAndReadTheProbe(FxRobot robot) throws Exception {
        waitUntil(() -> fx(() -> main.documents().rows().size()) == 7);
        selectTab(robot, "Assistant");
        CheckBox suggest = find(robot, "#assistantSuggest", CheckBox.class);
        assertThat(fx(suggest::isDisabled)).as("suggestions wait for the evaluation").isTrue();
        robot.clickOn("#assistantEvaluate");
        waitUntil(() -> fx(() -> !main.assistant().figures().isEmpty() && !suggest.isDisabled()));
        assertThat(fx(() -> List.copyOf(main.assistant().figures()))).extracting(f -> f.code())
                .contains(AssistantFixture.POWER, AssistantFixture.DIALOGUE, "(all codes)");
        robot.clickOn(suggest);
        robot.interact(() -> main.documents().select(probe));
        waitUntil(() -> fx(() -> main.assistant().hasSuggestionsFor(probe)));
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

    /** Reads window state on the FX thread, which may be changing it at the same moment. */
    private static <T> T fx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get();
    }
}
