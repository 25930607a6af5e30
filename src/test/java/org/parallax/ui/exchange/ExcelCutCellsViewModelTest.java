package org.parallax.ui.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.TestProjects;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Workbench;

/**
 * File → Export → Passages (.xlsx) or the workbook, of a passage longer than Excel's 32,767 characters a cell: the
 * cell is cut and the command line says so; the window said only "Passages written to …", so the researcher handed on
 * a file that looked whole. It now says in a box, as the pseudonymised export tells of what it left.
 */
class ExcelCutCellsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void aPassageCutAtExcelsLimitIsToldOfInABox() throws Exception {
        Path project;
        try (Workbench wb = TestProjects.table1(dir)) {
            String paragraph = "The council met again. ".repeat(1_800);
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "minutes.txt", paragraph));
            int length = wb.documents().text(doc).length();
            wb.coding().code(doc, 0, length, wb.codebook().code("Institutionalized dialogue").id(), null);
            wb.coding().code(doc, 0, 22, wb.codebook().code("Balance of power").id(), null);
            project = Path.of(wb.location());
        }
        try (UiFixture fixture = UiFixture.open(project, dir)) {
            Path passages = dir.resolve("passages.xlsx");
            fixture.main.exchange().exportPassagesXlsx(passages);

            assertThat(Files.isRegularFile(passages)).isTrue();
            assertThat(fixture.dialogs.informations).singleElement().asString()
                    .startsWith("Passages written to " + passages + "\n1 text was longer than Excel's 32,767 "
                            + "characters a cell and cut there; the CSV export has it whole.");
            assertThat(fixture.main.exchange().lastReportProperty().get())
                    .isEqualTo("Passages written to " + passages);

            fixture.main.exchange().exportPassagesCsv(dir.resolve("passages.csv"));
            assertThat(fixture.dialogs.informations).as("the CSV holds every text whole: nothing to tell").hasSize(1);
        }
    }

    /**
     * A codebook JSON export leaves out the codes without a frame: that went only after the status bar's result line
     * (its own small flow), where a long path pushed it out of sight; it is now told in a box, as cut cells are.
     */
    @Test
    void codesTheJsonCodebookLeavesOutAreToldOfInABox() {
        try (UiFixture fixture = UiFixture.open(dir)) {
            fixture.workbench().codebook().addCode("Threat", null, null, null, null);
            Path json = dir.resolve("codebook.json");

            fixture.main.exchange().exportCodebookJson(json);

            assertThat(json).isRegularFile();
            assertThat(fixture.dialogs.informations).singleElement().asString().isEqualTo("Codebook written to "
                    + json + "\n1 code without a frame left out: the JSON codebook holds the frames' codes only "
                    + "(export qdc keeps every code).");
            assertThat(fixture.main.exchange().lastReportProperty().get()).isEqualTo("Codebook written to " + json);
        }
    }
}
