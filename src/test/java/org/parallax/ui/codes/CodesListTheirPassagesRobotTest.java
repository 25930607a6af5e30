package org.parallax.ui.codes;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.CoOccurrence;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.coding.TextRange;
import org.parallax.ui.passages.PassageRow;
import org.testfx.api.FxRobot;

/**
 * The Codes tab's numbers were the only ones of the window that listed no passages: a click on a code's row (or the
 * arrows) now lists the passages its Passages column counts under the tables, a pair's row those of both codes that
 * meet, and Enter goes on to the list, where Enter opens a passage in the document, as Table 1's cells do.
 */
class CodesListTheirPassagesRobotTest extends RobotWindow {
    @Override
    protected Path project(Path folder) {
        return SampleWithOneCodersPair.build(folder.resolve("sample.parallax"));
    }

    @Test
    void aCodesRowListsItsPassagesAndEnterOpensOne(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        selectTab(robot, "Codes");
        @SuppressWarnings("unchecked")
        TableView<CodeTables.FrequencyRow> frequencies = find(robot, "#codeFrequencies", TableView.class);
        waitUntil(() -> frequencies.getItems().stream().anyMatch(r -> r.code().equals("Balance of power")));
        int row = read(() -> frequencies.getItems().stream().map(CodeTables.FrequencyRow::code).toList()
                .indexOf("Balance of power"));
        CodeTables.FrequencyRow balance = read(() -> frequencies.getItems().get(row));
        Label heading = find(robot, "#codesPassagesHeading", Label.class);
        assertThat(read(heading::getText)).isEqualTo("Click a code or a pair of codes to list its passages");

        robot.interact(() -> frequencies.scrollTo(row));
        robot.clickOn(read(() -> frequencies.lookupAll(".table-row-cell").stream()
                .filter(n -> n instanceof javafx.scene.control.TableRow<?> r && r.getIndex() == row).findFirst()
                .orElseThrow()));

        waitUntil(() -> heading.getText().equals("Balance of power: " + balance.passages() + " passages in "
                + balance.documents() + " documents"));
        @SuppressWarnings("unchecked")
        ListView<PassageRow> listed = find(robot, "#codesPassages", ListView.class);
        assertThat(read(() -> listed.getItems().size())).isEqualTo(balance.passages());

        robot.type(KeyCode.ENTER);
        waitUntil(listed::isFocused);
        PassageRow first = read(() -> listed.getSelectionModel().getSelectedItem());
        robot.type(KeyCode.ENTER);

        waitUntil(() -> main.document().documentProperty().get() != null
                && main.document().documentProperty().get().id() == first.segment().documentId()
                && new TextRange(first.segment().start(), first.segment().end())
                        .equals(main.document().selectionProperty().get()));
    }

    @Test
    void aPairsRowListsThePassagesOfBothCodes(FxRobot robot) throws Exception {
        waitUntil(() -> main.documents().rows().size() == 15);
        selectTab(robot, "Codes");
        @SuppressWarnings("unchecked")
        TableView<CodeTables.PairRow> pairs = find(robot, "#codeCooccurrence", TableView.class);
        waitUntil(() -> !pairs.getItems().isEmpty());
        CodeTables.PairRow pair = read(() -> pairs.getItems().get(0));
        assertThat(copy(pairs::getItems)).as("the analyst's one pair; the two coders' overlaps are none")
                .extracting(CodeTables.PairRow::code, CodeTables.PairRow::otherCode)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Balance of power", "Convergence of norms"));
        assertThat(read(find(robot, "#cooccurrenceCounted", Label.class)::getText))
                .isEqualTo(CoOccurrence.Mode.OVERLAP.counted());
        Label heading = find(robot, "#codesPassagesHeading", Label.class);

        robot.interact(() -> pairs.getSelectionModel().select(0));

        waitUntil(() -> heading.getText().startsWith(pair.code() + " with " + pair.otherCode() + " ("));
        @SuppressWarnings("unchecked")
        ListView<PassageRow> listed = find(robot, "#codesPassages", ListView.class);
        waitUntil(() -> listed.getItems().size() >= 2);
        assertThat(copy(listed::getItems)).allSatisfy(r -> assertThat(r.segment().codeId())
                .isIn(pair.codeId(), pair.otherCodeId()));
    }
}
