package org.parallax.ui.table1;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.Matrix;
import org.parallax.ui.UiFixture;
import org.parallax.ui.coding.TextRange;

class Table1ViewModelTest {
    private static final String PASSAGE = "200 joint events are planned in the military sphere";
    private static final String DIALOGUE = "Institutionalized dialogue";

    @TempDir
    Path dir;
    private UiFixture fixture;
    private Table1ViewModel table1;
    private Document kremlin;

    @AfterEach
    void close() {
        // The warm-up and the index's merge threads stop before the temporary folder is deleted.
        fixture.close();
    }

    @BeforeEach
    void codeOnePassage() {
        fixture = UiFixture.open(dir);
        table1 = fixture.main.table1();
        kremlin = fixture.document("2005-06-24");
        fixture.main.documents().select(kremlin.id());
        int start = fixture.text(kremlin).indexOf(PASSAGE);
        fixture.main.document().selectionProperty().set(new TextRange(start, start + PASSAGE.length()));
        fixture.main.document().codeWithShortcut(1);
    }

    @Test
    void matrixHasAColumnPerScenarioNoScenarioAndTotal() {
        assertThat(table1.columns()).containsExactly("Partnership schemes / joint exercise", DIALOGUE,
                "Disbanding of institutional interaction", "No scenario", "Total");
        assertThat(table1.rows()).extracting(Table1Row::label).startsWith("Realism", "Balance of power");
        assertThat(table1.rows().get(0).frame()).isTrue();
    }

    @Test
    void codingCountsInNoScenarioUntilTheDocumentGetsAScenario() {
        assertThat(table1.cell("Balance of power", "No scenario")).isEqualTo(new Matrix.Tally(1, 1));
        Table1Row row = table1.rows().stream().filter(r -> r.label().equals("Balance of power")).findFirst().get();
        assertThat(row.cells()).containsExactly("–", "–", "–", "1 (1)", "1 (1)");

        fixture.main.metadata().scenarioProperty().set(DIALOGUE);
        fixture.main.metadata().save();

        assertThat(table1.cell("Balance of power", DIALOGUE)).isEqualTo(new Matrix.Tally(1, 1));
        assertThat(table1.cell("Balance of power", "No scenario")).isEqualTo(Matrix.Tally.ZERO);
    }

    @Test
    void clickingACellListsItsPassagesWithTheirText() {
        int row = table1.rows().stream().filter(r -> r.label().equals("Balance of power")).findFirst().get().index();
        table1.selectCell(row, 3);
        assertThat(table1.cellPassages()).singleElement().satisfies(p -> {
            assertThat(p.text()).isEqualTo(PASSAGE);
            assertThat(p.code()).isEqualTo("Balance of power");
        });
        assertThat(table1.cellHeadingProperty().get()).isEqualTo("Balance of power × No scenario: 1 passage in 1 document");

        table1.selectCell(row, 0);
        assertThat(table1.cellPassages()).isEmpty();
    }

    @Test
    void undoEmptiesTheCellAgain() {
        fixture.main.undo().undo();
        assertThat(table1.cell("Balance of power", "No scenario")).isEqualTo(Matrix.Tally.ZERO);
    }

    @Test
    void exportsWriteTheMatrixAndThePassagesAsCsv() throws Exception {
        Path matrix = dir.resolve("table1.csv");
        Path passages = dir.resolve("passages.csv");
        fixture.main.exchange().exportTable1Csv(matrix);
        assertThat(fixture.main.status().lastResultProperty().get()).isEqualTo("Table 1 written to " + matrix);
        fixture.main.exchange().exportPassagesCsv(passages);
        assertThat(fixture.main.status().lastResultProperty().get()).isEqualTo("Passages written to " + passages);
        assertThat(Files.readString(matrix)).contains("Balance of power,0,0,0,0,0,0,1,1,1,1");
        assertThat(Files.readString(passages)).contains(PASSAGE).contains("Balance of power");
    }

    @Test
    void theListedCellFollowsEveryChangeThatAffectsIt() {
        int row = table1.rows().stream().filter(r -> r.label().equals("Balance of power")).findFirst().get().index();
        table1.selectCell(row, 3);
        assertThat(table1.cellPassages()).hasSize(1);

        String more = "cooperation";
        int start = fixture.text(kremlin).indexOf(more);
        fixture.main.document().selectionProperty().set(new TextRange(start, start + more.length()));
        fixture.main.document().codeWithShortcut(1);
        assertThat(table1.cellPassages()).hasSize(2);
        assertThat(table1.cellHeadingProperty().get()).isEqualTo("Balance of power × No scenario: 2 passages in 1 document");

        fixture.main.metadata().scenarioProperty().set(DIALOGUE);
        fixture.main.metadata().save();
        assertThat(table1.cellPassages()).isEmpty();
        assertThat(table1.cellHeadingProperty().get()).isEqualTo("Balance of power × No scenario: 0 passages");
    }

    @Test
    void aListedCellWhoseCodeIsDeletedSaysSo() {
        int row = table1.rows().stream().filter(r -> r.label().equals("Balance of power")).findFirst().get().index();
        table1.selectCell(row, 3);
        fixture.workbench().codebook().deleteCode(fixture.code("Balance of power").id());
        assertThat(table1.cellPassages()).isEmpty();
        assertThat(table1.cellHeadingProperty().get()).isEqualTo("Balance of power × No scenario is no longer in the table");
    }
}
