package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.TextUnits;
import org.parallax.model.Segment;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.coding.OpenDocument;
import org.parallax.ui.coding.TextRange;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * Ctrl+Z after coding a passage and moving on to another document: the undo took the passage out and left the text
 * where it was, so the researcher had to hunt for what had changed. The document comes back with the passage
 * selected, and so for redo.
 */
class UndoShowsThePassageRobotTest extends RobotWindow {
    @Test
    void undoAndRedoOfACodingShowTheirPassageSelected(FxRobot robot) throws Exception {
        waitUntil(() -> !window.text().area().getText().isEmpty());
        long coded = read(() -> main.document().documentProperty().get().id());
        Set<Long> before = passageIds();
        robot.interact(window.text().area()::requestFocus);
        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT, 5).release(KeyCode.SHIFT);
        robot.type(KeyCode.DIGIT1);
        waitUntil(() -> passageIds().size() == before.size() + 1);
        Segment passage = main.context().workbench().analysis().countedPassages().stream()
                .filter(s -> !before.contains(s.id())).findFirst().orElseThrow();
        TextRange span = new TextRange(passage.start(), passage.end());

        long other = read(() -> main.documents().rows().stream().filter(r -> r.id() != coded).findFirst()
                .orElseThrow().id());
        robot.interact(() -> main.documents().select(other));
        waitUntil(() -> shownDocument() == other);
        robot.interact(() -> find(robot, "#documentsTable", javafx.scene.Node.class).requestFocus());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> passageIds().equals(before));
        assertThat(settled(this::shownDocument, id -> id == coded)).as("the document of the passage undone")
                .isEqualTo(coded);
        assertThat(settled(() -> main.document().selectionProperty().get(), span::equals))
                .as("the passage undone, selected").isEqualTo(span);

        robot.interact(() -> window.text().area().moveTo(0));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> passageIds().size() == before.size() + 1);
        assertThat(settled(() -> main.document().selectionProperty().get(), span::equals))
                .as("the passage redone, selected").isEqualTo(span);
    }

    /**
     * The same after an auto-code run over several documents: it took its passages out and selected nothing. The
     * first passage of the run (in document order) comes into view selected, and the status bar says how many
     * passages went or came back in how many documents.
     */
    @Test
    void undoAndRedoOfAnAutoCodeRunShowItsFirstPassageAndCountIt(FxRobot robot) throws Exception {
        waitUntil(() -> !window.text().area().getText().isEmpty());
        Workbench wb = main.context().workbench();
        Set<Long> before = passageIds();
        List<Segment> run = wb.autoCoding().apply(wb.autoCoding().plan("NATO", "Balance of power",
                TextUnits.Scope.HIT, null));
        long documents = run.stream().map(Segment::documentId).distinct().count();
        assertThat(documents).as("documents the run coded").isGreaterThan(1);
        Segment first = run.stream().min(Comparator.comparingLong(Segment::documentId)
                .thenComparingInt(Segment::start)).orElseThrow();
        TextRange span = new TextRange(first.start(), first.end());
        long other = read(() -> main.documents().rows().stream().filter(r -> r.id() != first.documentId())
                .reduce((a, b) -> b).orElseThrow().id());
        robot.interact(() -> main.documents().select(other));
        waitUntil(() -> shownDocument() == other);
        robot.interact(() -> find(robot, "#documentsTable", javafx.scene.Node.class).requestFocus());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> passageIds().equals(before));
        assertThat(settled(this::shownDocument, id -> id == first.documentId())).as("the run's first document")
                .isEqualTo(first.documentId());
        assertThat(settled(() -> main.document().selectionProperty().get(), span::equals))
                .as("the run's first passage, selected").isEqualTo(span);
        assertThat(status()).endsWith(" — " + run.size() + " passages taken out of " + documents + " documents");

        robot.interact(() -> main.documents().select(other));
        waitUntil(() -> shownDocument() == other);
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> passageIds().size() == before.size() + run.size());
        assertThat(settled(() -> main.document().selectionProperty().get(), span::equals))
                .as("the run's first passage, selected after redo").isEqualTo(span);
        assertThat(status()).endsWith(" — " + run.size() + " passages back in " + documents + " documents");
    }

    private String status() throws Exception {
        return settled(() -> main.status().lastResultProperty().get(), s -> s != null && s.contains(" — "));
    }

    private long shownDocument() {
        return read(() -> {
            OpenDocument open = main.document().documentProperty().get();
            return open == null ? -1 : open.id();
        });
    }

    private Set<Long> passageIds() {
        return main.context().workbench().analysis().countedPassages().stream().map(Segment::id)
                .collect(Collectors.toSet());
    }
}
