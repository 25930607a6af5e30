package org.parallax.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.model.MemoRow;
import org.parallax.model.MemoTarget;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * The Memos tab in the real window on the sample: to a second coder coding blind it does not show the memos of the
 * other coders' passages (each names the code they gave) nor the project memo another coder wrote, its Export writes the memos it lists, and a search that
 * finds nothing says so rather than that the project has no memos; only a search that cannot be read is shown as
 * the search's problem.
 */
class MemosTabRobotTest extends RobotWindow {
    private static final String JOURNAL = "Week two: a second coder starts.";
    private static final String MARIAS = "Maria's own reading of the opening.";
    private Path projectFile;

    /** The sample, with a project memo of its coder and a passage maria coded with a memo of her own. */
    @Override
    protected Path project(Path folder) throws Exception {
        Path project = super.project(folder);
        projectFile = project;
        try (Workbench wb = Workbench.open(project)) {
            wb.memos().set(MemoTarget.project(), JOURNAL);
            long document = wb.documents().list().get(0).id();
            wb.coding().code(document, 0, 12, wb.codebook().code("Balance of power").id(), "maria", MARIAS);
        }
        return project;
    }

    @SuppressWarnings("unchecked")
    private List<MemoRow> listed(FxRobot robot) {
        TableView<MemoRow> table = find(robot, "#memosTable", TableView.class);
        return read(() -> List.copyOf(table.getItems()));
    }

    @Test
    void aSearchThatFindsNothingSaysSoNotThatTheProjectHasNoMemos(FxRobot robot) throws Exception {
        selectTab(robot, "Memos");
        waitUntil(() -> !listed(robot).isEmpty());
        robot.clickOn("#memosSearch").write("zyxwvut").type(KeyCode.ENTER);
        waitUntil(() -> listed(robot).isEmpty());
        // The table shows its placeholder at the layout pass after the list empties.
        waitUntil(() -> robot.lookup("#memosEmpty").tryQuery().isPresent());
        Label empty = find(robot, "#memosEmpty", Label.class);
        assertThat(settled(empty::getText, t -> t.startsWith("No memo matches")))
                .isEqualTo("No memo matches the search and filters: Clear, or set Kind and Author to All");
    }

    @Test
    void aBlindSecondCoderSeesNoOtherCodersPassageMemosAndExportsWhatTheTabLists(FxRobot robot) throws Exception {
        selectTab(robot, "Memos");
        waitUntil(() -> listed(robot).stream().anyMatch(r -> r.kind().equals("passage")));

        // Blind first, then the switch to a new coder: the list follows either change.
        robot.interact(() -> main.coder().blindProperty().set(true));
        dialogs.textAnswers.add("maria");
        robot.interact(() -> main.coder().switchCoder());
        waitUntil(() -> main.context().workbench().activeCoder().name().equals("maria"));

        List<MemoRow> shown = settled(() -> listed(robot), rows -> rows.stream()
                .filter(r -> r.kind().equals("passage")).map(MemoRow::text).toList().equals(List.of(MARIAS)));
        assertThat(shown.stream().filter(r -> r.kind().equals("passage")).map(MemoRow::text))
                .as("passage memos shown to maria coding blind").containsExactly(MARIAS);
        // The journal is the first coder's reading of the study: hidden with their work (ADR 0030).
        assertThat(shown).extracting(MemoRow::text).doesNotContain(JOURNAL);

        Path out = dir.resolve("maria-memos.csv");
        dialogs.pathAnswers.add(out);
        robot.clickOn("#memosExport");
        // Through the one export flow, as File → Export's memos: a line on the status bar, with blind mode's note.
        waitUntil(() -> read(() -> main.status().lastResultProperty().get())
                .equals("Memos written to " + out + " (blind mode: only maria's passages)"));
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).startsWith("memo_id,kind,");
        assertThat(lines.stream().skip(1).filter(l -> l.matches("\\d+,.*"))).hasSize(shown.size());
        assertThat(lines.stream().filter(l -> l.matches("\\d+,passage,.*"))).singleElement()
                .satisfies(l -> assertThat(l).contains(MARIAS));
    }

    @Test
    void aSearchThatCannotBeReadSaysWhyUnderTheBarAndListsNothing(FxRobot robot) throws Exception {
        selectTab(robot, "Memos");
        waitUntil(() -> !listed(robot).isEmpty());
        robot.clickOn("#memosSearch").write("treaty AND (").type(KeyCode.ENTER);
        // As in the Search tab: the reason in a line under the bar, not a dialog over the window while the
        // list went on showing every memo under the query, as if they all matched it.
        Label error = find(robot, "#memosSearchError", Label.class);
        waitUntil(() -> error.isVisible());
        assertThat(read(error::getText))
                .isEqualTo("The bracket '(' at position 12 is never closed");
        assertThat(listed(robot)).isEmpty();
        assertThat(dialogs.errors).isEmpty();

        robot.clickOn("#memosSearch").eraseText("treaty AND (".length()).write("treaty").type(KeyCode.ENTER);
        waitUntil(() -> !listed(robot).isEmpty());
        assertThat(read(error::isVisible)).isFalse();
    }

    @Test
    void aProjectThatCannotBeReadDuringASearchIsNotCalledTheSearchsFault(FxRobot robot) throws Exception {
        selectTab(robot, "Memos");
        waitUntil(() -> !listed(robot).isEmpty());
        // Damage from outside while the window is open: the memos can no longer be read at all.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + projectFile);
             Statement s = c.createStatement()) {
            s.execute("DROP TABLE memos");
        }
        robot.clickOn("#memosSearch").write("treaty").type(KeyCode.ENTER);
        waitUntil(() -> !dialogs.errors.isEmpty());
        // The line under the bar is for a search the researcher can rewrite; this one is well formed.
        Label error = find(robot, "#memosSearchError", Label.class);
        assertThat(read(error::isVisible)).isFalse();
    }
}
