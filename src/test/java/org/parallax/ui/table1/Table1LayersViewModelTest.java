package org.parallax.ui.table1;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.MatrixSpec;
import org.parallax.model.Matrix;
import org.parallax.testutil.Cli;
import org.parallax.testutil.ConsensusFixture;
import org.parallax.testutil.TestProjects;
import org.parallax.ui.UiFixture;
import org.parallax.ui.analysis.AnalysisFilter;

/**
 * Table 1 in a project with two coders and a consensus layer: it counts the coders' own layers unless the
 * researcher chooses one, says which, equals `tally`, and a cell lists exactly the passages behind its number.
 */
class Table1LayersViewModelTest {
    @TempDir
    Path dir;
    private UiFixture fixture;
    private Table1ViewModel table1;
    private ConsensusFixture.Accepted accepted;
    private Path sample;

    @BeforeEach
    void settleOneDisagreement() {
        sample = TestProjects.sampleCopy(dir);
        accepted = ConsensusFixture.acceptA(sample);
        fixture = UiFixture.open(sample, dir);
        table1 = fixture.main.table1();
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void countsTheCodersLayersByDefaultAsTallyDoesAndSaysSo() {
        Cli tally = Cli.parallax("tally", sample, "--format", "csv");
        String total = tally.out().lines().filter(l -> l.startsWith("Total,")).findFirst().orElseThrow()
                .replaceAll(".*,", "");
        assertThat(String.valueOf(table1.matrixProperty().get().total().segments())).isEqualTo(total);
        assertThat(table1.layersLineProperty().get()).isEqualTo("Counting analyst and second-coder, not consensus: "
                + "a passage coded by both counts once for each.");
        assertThat(tally.err()).contains(table1.layersLineProperty().get());
        assertThat(table1.layers().coders()).containsExactly(AnalysisFilter.ALL_CODERS, "analyst", "second-coder",
                "consensus");
    }

    /**
     * In blind mode Table 1's and the Analysis tab's Coder lists offered the other coders, whose layers blind mode
     * hides: choosing one left the box blank and the counts unchanged, without a word. They offer and show only the
     * active coder's layer now, and the tabs say why the counts are hers alone.
     */
    @Test
    void inBlindModeTheCoderListsOfferOnlyTheActiveCodersLayer() {
        fixture.workbench().setActiveCoder("second-coder");
        fixture.workbench().setBlindMode(true);
        table1.refresh();
        fixture.main.analysis().refresh();

        assertThat(table1.layers().coders()).containsExactly("second-coder");
        assertThat(table1.layers().coderProperty().get()).isEqualTo("second-coder");
        assertThat(fixture.main.analysis().filter().coders()).containsExactly("second-coder");
        String line = "Counting second-coder only: blind coding hides the other coders' passages.";
        assertThat(table1.layersLineProperty().get()).isEqualTo(line);
        assertThat(fixture.main.analysis().layersLineProperty().get()).isEqualTo(line);
    }

    /**
     * The Analysis and Timeline tabs say what they count in Table 1's words (one engine, Analysis.layers), and no tab
     * names the active coder's layer as counted while it holds no passage (a team lead's own layer was).
     */
    @Test
    void theAnalysisAndTimelineTabsSayWhichLayersTheyCountAsTable1Does() {
        fixture.workbench().setActiveCoder("third");
        table1.refresh();
        fixture.main.analysis().refresh();
        fixture.main.timeline().refresh();
        String line = "Counting analyst and second-coder, not consensus: a passage coded by both counts once for each.";
        assertThat(table1.layersLineProperty().get()).isEqualTo(line);
        assertThat(fixture.main.analysis().layersLineProperty().get()).isEqualTo(line);
        assertThat(fixture.main.timeline().layersLineProperty().get()).isEqualTo(line);

        fixture.main.analysis().filter().coderProperty().set("consensus");
        String consensus = "Counting consensus only, not analyst or second-coder.";
        assertThat(fixture.main.analysis().layersLineProperty().get()).isEqualTo(consensus);
        assertThat(fixture.main.timeline().layersLineProperty().get()).isEqualTo(consensus);
    }

    @Test
    void choosingTheConsensusCountsItAloneAndItsCellListsTheAcceptedPassage() {
        int all = table1.matrixProperty().get().total().segments();
        table1.layers().coderProperty().set("consensus");

        Matrix m = table1.matrixProperty().get();
        assertThat(m.total().segments()).isEqualTo(1);
        assertThat(table1.layersLineProperty().get()).isEqualTo("Counting consensus only, not analyst or "
                + "second-coder.");
        int row = frameRow(m);
        table1.selectCell(row, column(m));
        assertThat(table1.cellPassages()).singleElement().satisfies(p -> assertThat(p.coder()).isEqualTo("consensus"));

        table1.layers().coderProperty().set("analyst");
        table1.selectCell(frameRow(table1.matrixProperty().get()), column(table1.matrixProperty().get()));
        assertThat(table1.cellPassages()).isNotEmpty().allSatisfy(p -> assertThat(p.coder()).isEqualTo("analyst"));
        assertThat(table1.cellPassages()).anySatisfy(p -> assertThat(p.id()).isEqualTo(accepted.segmentId()));
        assertThat(table1.layersLineProperty().get()).isEqualTo("Counting analyst only, not second-coder or "
                + "consensus.");

        table1.layers().coderProperty().set(AnalysisFilter.ALL_CODERS);
        assertThat(table1.matrixProperty().get().total().segments()).isEqualTo(all);
        assertThat(fixture.workbench().analysis().matrix(MatrixSpec.table1()).total().segments()).isEqualTo(all);
    }

    /**
     * File → Export → Table 1 CSV… wrote every coder's layer while the tab showed one coder's, and the file and the
     * status said nothing of which layers it counted.
     */
    @Test
    void table1ExportsCountTheLayerTheTabShowsAndSaySo() throws Exception {
        table1.layers().coderProperty().set("second-coder");
        Path out = dir.resolve("table1.csv");

        fixture.main.exchange().exportTable1Csv(out);

        assertThat(fixture.main.status().lastResultProperty().get()).isEqualTo("Table 1 written to " + out
                + ". Counting second-coder only, not analyst or consensus.");
        java.util.List<String> lines = java.nio.file.Files.readAllLines(out);
        int column = java.util.Arrays.asList(lines.get(0).split(",")).indexOf("Total passages");
        assertThat(lines.stream().filter(l -> l.startsWith("Total,")).findFirst().orElseThrow().split(",")[column])
                .isEqualTo(String.valueOf(table1.matrixProperty().get().total().segments()));
    }

    /**
     * File → Export → Table 1 to Excel… and the workbook of every view: the workbook's Table 1 counted every layer
     * whatever the tab showed, and neither file said whose passages its Table 1 counted.
     */
    @Test
    void table1InExcelCountsTheLayerTheTabShowsAndSaysSoUnderTheTable() throws Exception {
        table1.layers().coderProperty().set("second-coder");
        String line = "Counting second-coder only, not analyst or consensus.";
        Path table1File = dir.resolve("table1.xlsx");
        Path workbook = dir.resolve("every view.xlsx");

        fixture.main.exchange().exportTable1Xlsx(table1File);
        assertThat(fixture.main.status().lastResultProperty().get()).isEqualTo("Table 1 written to " + table1File
                + ". " + line);
        fixture.main.exchange().exportWorkbook(workbook);
        assertThat(fixture.main.status().lastResultProperty().get()).isEqualTo("Workbook written to " + workbook
                + ". " + line);

        String total = String.valueOf(table1.matrixProperty().get().total().segments());
        for (Path file : java.util.List.of(table1File, workbook)) {
            try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                    java.nio.file.Files.newInputStream(file))) {
                for (String name : java.util.List.of("Table 1", "Table 1 documents")) {
                    org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet(name);
                    int last = sheet.getLastRowNum();
                    assertThat(sheet.getRow(last - 1)).as(file + " " + name + ": a blank row above the line").isNull();
                    assertThat(sheet.getRow(last).getCell(0).getStringCellValue()).as(file + " " + name)
                            .isEqualTo(line);
                }
                org.apache.poi.ss.usermodel.Row totals = book.getSheet("Table 1").getRow(
                        book.getSheet("Table 1").getLastRowNum() - 2);
                assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("Total");
                assertThat(String.valueOf((long) totals.getCell(totals.getLastCellNum() - 1).getNumericCellValue()))
                        .as(file.toString()).isEqualTo(total);
            }
        }
    }

    /**
     * File → Export → Excel workbook, pseudonymised: its Table 1 sheets say which layers they count, but the window's
     * message after it did not, where the plain workbook's does.
     */
    @Test
    void thePseudonymisedWorkbooksMessageNamesTheLayersItsTable1Counts() throws Exception {
        table1.layers().coderProperty().set("second-coder");
        String line = "Counting second-coder only, not analyst or consensus.";
        Path workbook = dir.resolve("every view anonymised.xlsx");
        fixture.workbench().exchange().markSensitive("speaker");

        fixture.main.exchange().exportWorkbookPseudonymised(workbook);

        assertThat(fixture.dialogs.informations).singleElement().asString()
                .startsWith("Pseudonymised workbook written to " + workbook).contains(". " + line + "\n");
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                java.nio.file.Files.newInputStream(workbook))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("Table 1");
            assertThat(sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue()).isEqualTo(line);
        }
    }

    /**
     * With coders pseudonymised, the message after File → Export → Excel workbook ended with the layers' line naming
     * the coders by their logins, while the sheets it wrote hold it with Coder 1, Coder 2: it said another line than
     * the file holds.
     */
    @Test
    void theWorkbooksMessageSaysTheLineItsSheetsHold() throws Exception {
        fixture.workbench().pseudonymiseCoders(true);
        Path workbook = dir.resolve("every view coders.xlsx");

        fixture.main.exchange().exportWorkbook(workbook);

        try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                java.nio.file.Files.newInputStream(workbook))) {
            org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("Table 1");
            String line = sheet.getRow(sheet.getLastRowNum()).getCell(0).getStringCellValue();
            assertThat(line).startsWith("Counting Coder ");
            assertThat(fixture.main.status().lastResultProperty().get()).isEqualTo("Workbook written to " + workbook
                    + ". " + line);
        }
    }

    private int frameRow(Matrix m) {
        for (int r = 0; r < m.rows().size(); r++) {
            if (m.rows().get(r).label().equals(accepted.frame())) {
                return r;
            }
        }
        throw new AssertionError(accepted.frame());
    }

    private int column(Matrix m) {
        for (int c = 0; c < m.columns().size(); c++) {
            if (m.columns().get(c).label().equals(accepted.scenario())) {
                return c;
            }
        }
        throw new AssertionError(accepted.scenario());
    }
}
