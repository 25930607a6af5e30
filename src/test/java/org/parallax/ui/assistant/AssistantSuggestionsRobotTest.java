package org.parallax.ui.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
        List<Suggestion> shown = read(assistant::suggestions);
        assertThat(shown).hasSize(2);
        assertThat(read(assistant::currentSuggestion)).isEqualTo(shown.get(0));
        Label hint = find(robot, "#suggestionHint", Label.class);
        assertThat(read(hint::isVisible)).isTrue();
        assertThat(read(hint::getText)).startsWith("Suggestion 1 of 2: " + shown.get(0).codeName() + ", confidence ");

        robot.type(KeyCode.N);
        assertThat(read(assistant::currentSuggestion)).isEqualTo(shown.get(1));
        robot.type(KeyCode.TAB);
        assertThat(read(assistant::currentSuggestion)).isEqualTo(shown.get(0));
        robot.type(KeyCode.TAB);

        robot.type(KeyCode.R);
        Suggestion rejected = shown.get(1);
        assertThat(read(assistant::suggestions)).containsExactly(shown.get(0));
        waitUntilProject(wb -> wb.assistant().suggestForReading(probe,
                org.parallax.workbench.AssistantSettings.defaults()).stream().noneMatch(rejected::equals));

        robot.type(KeyCode.A);
        Suggestion accepted = shown.get(0);
        waitUntilProject(wb -> wb.coding().segmentsOfDocument(probe).stream().anyMatch(s -> matches(s, accepted)));
        Segment passage = fromProject(wb -> wb.coding().segmentsOfDocument(probe)).stream()
                .filter(s -> matches(s, accepted)).findFirst().orElseThrow();
        assertThat(passage.coderId()).isEqualTo(fromProject(wb -> wb.activeCoder().id()));
        Map<Long, Provenance> provenance = fromProject(wb -> wb.coding().provenance(List.of(passage.id())));
        assertThat(provenance.get(passage.id()).describe()).startsWith("Suggested by the Parallax assistant")
                .contains("method=knn");
        assertThat(read(assistant::suggestions)).isEmpty();
        // The passage's details (the hover over it) name where it came from.
        waitUntil(() -> read(() -> main.document().codeNamesAt(accepted.start())).stream()
                .anyMatch(l -> l.contains("Suggested by the Parallax assistant")));
        assertThat(read(() -> main.document().codeNamesAt(accepted.start()))).contains(accepted.codeName());
    }

    /** An accepted suggestion whose passage an undo takes away again is offered again, and the place is kept. */
    @Test
    void anUndoneAcceptanceIsSuggestedAgain(FxRobot robot) throws Exception {
        turnSuggestionsOnAndReadTheProbe(robot);
        AssistantViewModel assistant = main.assistant();
        List<Suggestion> shown = read(assistant::suggestions);
        assertThat(shown).hasSize(2);
        Suggestion accepted = shown.get(0);

        robot.type(KeyCode.A);
        waitUntilProject(wb -> wb.coding().segmentsOfDocument(probe).stream().anyMatch(s -> matches(s, accepted)));
        assertThat(read(assistant::suggestions)).containsExactly(shown.get(1));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntilProject(wb -> wb.coding().segmentsOfDocument(probe).stream().noneMatch(s -> matches(s, accepted)));
        waitUntil(() -> read(assistant::suggestions).size() == 2);
        assertThat(read(assistant::suggestions)).containsExactlyElementsOf(shown);
        assertThat(read(assistant::currentSuggestion)).as("the suggestion shown before the undo")
                .isEqualTo(shown.get(1));
    }

    @Test
    void aRejectedSuggestionDoesNotComeBackAfterReopening(FxRobot robot) throws Exception {
        turnSuggestionsOnAndReadTheProbe(robot);
        Suggestion rejected = read(main.assistant()::currentSuggestion);
        assertThat(rejected).isNotNull();
        robot.type(KeyCode.R);
        waitUntilProject(wb -> !wb.assistant().suggestForReading(probe,
                org.parallax.workbench.AssistantSettings.defaults()).contains(rejected));

        WaitForAsyncUtils.asyncFx(main::close).get();
        WaitForAsyncUtils.asyncFx(() -> main.open(projectFile)).get();
        waitUntil(() -> read(() -> main.documents().rows().size()) == 7);
        turnSuggestionsOnAndReadTheProbe(robot);

        assertThat(read(main.assistant()::suggestions)).hasSize(1).doesNotContain(rejected);
    }

    @Test
    void whenNothingReachesTheThresholdTheWindowSaysSoAndOffersALowerOne(FxRobot robot) throws Exception {
        turnSuggestionsOnAndReadTheProbe(robot);
        AssistantViewModel assistant = main.assistant();
        Suggestion strongest = read(assistant::suggestions).stream()
                .max(Comparator.comparingDouble(Suggestion::confidence)).orElseThrow();
        assertThat(strongest.confidence()).isLessThan(0.99);

        // a threshold above every suggestion, typed into the tab's control
        Spinner<?> threshold = find(robot, "#assistantThreshold", Spinner.class);
        robot.interact(() -> {
            threshold.getEditor().requestFocus();
            threshold.getEditor().selectAll();
        });
        robot.write("0.99").type(KeyCode.ENTER);
        waitUntil(() -> read(assistant::suggestions).isEmpty());
        Label hint = find(robot, "#suggestionHint", Label.class);
        waitUntil(() -> read(hint::getText).startsWith("No suggestion reached the threshold 0.99 in this document; "
                + "the strongest is " + strongest.codeName() + " at "));
        Button lower = find(robot, "#assistantLower", Button.class);
        assertThat(read(lower::isVisible)).isTrue();

        robot.clickOn(lower);
        double offered = Math.floor(strongest.confidence() * 100) / 100;
        waitUntil(() -> !read(assistant::suggestions).isEmpty());
        assertThat(read(threshold::getValue)).isEqualTo(offered);
        assertThat(read(assistant::suggestions)).contains(strongest)
                .allSatisfy(s -> assertThat(s.confidence()).isGreaterThanOrEqualTo(offered));
        assertThat(read(lower::isVisible)).isFalse();
        assertThat(read(hint::getText)).startsWith("Suggestion 1 of ");

        // what the analyst accepts records the threshold in force
        robot.interact(window.text().area()::requestFocus);
        while (!strongest.equals(read(assistant::currentSuggestion))) {
            robot.type(KeyCode.N);
        }
        robot.type(KeyCode.A);
        waitUntilProject(wb -> wb.coding().segmentsOfDocument(probe).stream().anyMatch(s -> matches(s, strongest)));
        Segment passage = fromProject(wb -> wb.coding().segmentsOfDocument(probe)).stream()
                .filter(s -> matches(s, strongest)).findFirst().orElseThrow();
        assertThat(fromProject(wb -> wb.coding().provenance(List.of(passage.id()))).get(passage.id()).describe())
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
        Suggestion strongest = read(assistant::suggestions).stream()
                .max(Comparator.comparingDouble(Suggestion::confidence)).orElseThrow();
        double justAbove = Math.floor(strongest.confidence() * 1000 + 1) / 1000;
        Spinner<?> threshold = find(robot, "#assistantThreshold", Spinner.class);
        robot.interact(() -> {
            threshold.getEditor().requestFocus();
            threshold.getEditor().selectAll();
        });
        robot.write(String.format(java.util.Locale.ROOT, "%.3f", justAbove)).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        double kept = read(assistant.thresholdProperty()::get);
        assertThat(read(() -> Double.parseDouble(threshold.getEditor().getText()))).isEqualTo(kept);
        Label hint = find(robot, "#suggestionHint", Label.class);
        if (kept <= strongest.confidence()) {
            waitUntil(() -> read(assistant::suggestions).contains(strongest));
            return;
        }
        waitUntil(() -> read(hint::getText).startsWith("No suggestion reached"));
        java.util.regex.Matcher said = java.util.regex.Pattern.compile(
                "threshold ([0-9.]+) in this document; the strongest is .* at ([0-9.]+)\\.")
                .matcher(read(hint::getText));
        assertThat(said.find()).as(read(hint::getText)).isTrue();
        assertThat(Double.parseDouble(said.group(2))).as(read(hint::getText))
                .isLessThan(Double.parseDouble(said.group(1)));
    }

    @Test
    void theSemanticMethodIsOfferedAndWhatItSuggestsCarriesItsName(FxRobot robot) throws Exception {
        waitUntil(() -> read(() -> main.documents().rows().size()) == 7);
        selectTab(robot, "Assistant");
        ChoiceBox<AssistantMethod> method = find(robot, "#assistantMethod", ChoiceBox.class);
        // with the add-on on the class path (the build's), the window offers it
        assertThat(read(() -> List.copyOf(method.getItems()))).contains(AssistantMethod.KNN, AssistantMethod.SEMANTIC);
        robot.interact(() -> method.setValue(AssistantMethod.SEMANTIC));

        turnSuggestionsOnAndReadTheProbe(robot);

        AssistantViewModel assistant = main.assistant();
        Suggestion accepted = read(assistant::currentSuggestion);
        assertThat(accepted).isNotNull();
        robot.type(KeyCode.A);
        waitUntilProject(wb -> wb.coding().segmentsOfDocument(probe).stream().anyMatch(s -> matches(s, accepted)));
        Segment passage = fromProject(wb -> wb.coding().segmentsOfDocument(probe)).stream()
                .filter(s -> matches(s, accepted)).findFirst().orElseThrow();
        Provenance provenance = fromProject(wb -> wb.coding().provenance(List.of(passage.id()))).get(passage.id());
        assertThat(provenance.method()).isEqualTo("semantic");
        assertThat(provenance.describe()).contains("method=semantic model=all-MiniLM-L6-v2-q");

        // another method needs its own evaluation before suggestions can be shown again
        robot.interact(() -> method.setValue(AssistantMethod.KNN));
        CheckBox suggest = find(robot, "#assistantSuggest", CheckBox.class);
        waitUntil(() -> suggest.isDisabled() && !suggest.isSelected() && assistant.figures().isEmpty());
    }

    /**
     * The hint says "A or Enter accepts": ticking "Show suggestions while reading" with the document open left the
     * keyboard on the box, where A did nothing; the text now takes it, so A accepts at once.
     */
    @Test
    void tickingTheBoxPutsTheKeyboardWhereTheSuggestionsKeysWork(FxRobot robot) throws Exception {
        waitUntil(() -> read(() -> main.documents().rows().size()) == 7);
        robot.interact(() -> main.documents().select(probe));
        selectTab(robot, "Assistant");
        CheckBox suggest = find(robot, "#assistantSuggest", CheckBox.class);
        robot.clickOn("#assistantEvaluate");
        waitUntil(() -> !main.assistant().figures().isEmpty() && !suggest.isDisabled());
        robot.clickOn(suggest);
        waitUntil(() -> main.assistant().hasSuggestionsFor(probe) && read(main.assistant()::currentSuggestion) != null);
        Suggestion first = read(main.assistant()::currentSuggestion);

        robot.type(KeyCode.A);
        waitUntilProject(wb -> wb.coding().segmentsOfDocument(probe).stream().anyMatch(s -> matches(s, first)));
    }

    private void turnSuggestionsOnAndReadTheProbe(FxRobot robot) throws Exception {
        waitUntil(() -> read(() -> main.documents().rows().size()) == 7);
        selectTab(robot, "Assistant");
        CheckBox suggest = find(robot, "#assistantSuggest", CheckBox.class);
        assertThat(read(suggest::isDisabled)).as("suggestions wait for the evaluation").isTrue();
        robot.clickOn("#assistantEvaluate");
        waitUntil(() -> !main.assistant().figures().isEmpty() && !suggest.isDisabled());
        assertThat(read(() -> List.copyOf(main.assistant().figures()))).extracting(f -> f.code())
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

}
