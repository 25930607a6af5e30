package org.parallax.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.RecordingDialogs;

/**
 * The Timeline and Analysis tabs' Excel exports of a period whose events' names are longer than Excel's 32,767
 * characters a cell: the cell is cut, and the tabs said only "Saved …", so the researcher handed on a file that
 * looked whole. They now go through File → Export's one flow: the status bar says where the file went, and a box
 * says what was cut, as File → Export → Passages (.xlsx) does.
 */
class TabExcelCutCellsTest {
    private static final String CUT = "1 text was longer than Excel's 32,767 characters a cell and cut there; the "
            + "CSV export has it whole.";
    @TempDir
    Path dir;
    private SampleAnalysis sample;

    @AfterEach
    void close() {
        sample.main.close();
    }

    @Test
    void aPeriodNameCutAtExcelsLimitIsToldOfByTheTimelineAndAnalysisExports() throws Exception {
        sample = SampleAnalysis.open(dir);
        String label = "A summit of many names. ".repeat(1_400);
        sample.main.context().workbench().tracing().addEvent(LocalDate.of(2007, 2, 10), label, null);
        RecordingDialogs dialogs = (RecordingDialogs) sample.main.context().dialogs();

        TimelineViewModel timeline = sample.main.timeline();
        timeline.shownProperty().set(true);
        timeline.granularityProperty().set(TimelineViewModel.Granularity.PERIOD);
        assertThat(timeline.timelineProperty().get()).isNotNull();
        Path timelineXlsx = dir.resolve("timeline.xlsx");
        timeline.exportXlsx(timelineXlsx);

        assertThat(dialogs.informations).singleElement().asString()
                .isEqualTo("Timeline written to " + timelineXlsx + "\n" + CUT);
        assertThat(sample.main.status().lastResultProperty().get()).isEqualTo("Timeline written to " + timelineXlsx);
        // The period starts at the Munich speech, whose event shares the date: "Munich speech / A summit …".
        assertThat(cellsOf(timelineXlsx)).anyMatch(text -> text.length() == 32_767
                && text.startsWith("Munich speech / " + label.substring(0, 100)));

        AnalysisViewModel analysis = sample.main.analysis();
        analysis.shownProperty().set(true);
        analysis.columnChoiceProperty().set("period");
        assertThat(analysis.headers()).anyMatch(header -> header.endsWith(label.strip()));
        Path matrixXlsx = dir.resolve("matrix.xlsx");
        analysis.exportXlsx(matrixXlsx);

        assertThat(dialogs.informations).hasSize(2).last().asString()
                .isEqualTo("Matrix written to " + matrixXlsx + "\n" + CUT);
        assertThat(sample.main.status().lastResultProperty().get()).isEqualTo("Matrix written to " + matrixXlsx);

        Path matrixCsv = dir.resolve("matrix.csv");
        analysis.exportCsv(matrixCsv);
        assertThat(Files.readString(matrixCsv)).contains(label.strip());
        assertThat(dialogs.informations).as("the CSV holds every text whole: nothing to tell").hasSize(2);
        assertThat(sample.main.status().lastResultProperty().get()).isEqualTo("Matrix written to " + matrixCsv);
        assertThat(dialogs.errors).isEmpty();
    }

    private static List<String> cellsOf(Path xlsx) throws Exception {
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            List<String> texts = new java.util.ArrayList<>();
            for (Row row : book.getSheetAt(0)) {
                for (Cell cell : row) {
                    if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING) {
                        texts.add(cell.getStringCellValue());
                    }
                }
            }
            return texts;
        }
    }
}
