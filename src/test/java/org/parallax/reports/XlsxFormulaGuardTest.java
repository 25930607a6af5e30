package org.parallax.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.TableSheet;
import org.parallax.io.XlsxWriter;
import org.parallax.testutil.Cli;
import org.parallax.workbench.Workbench;

/**
 * A title, actor, code and frame starting with = + @ and a Cyrillic, emoji passage go into every workbook
 * sheet as string cells exactly as stored: no cell of any sheet is a formula. A text longer than Excel's
 * cell limit is cut at a character boundary with a note, and the write reports it.
 */
class XlsxFormulaGuardTest {
    static final String PASSAGE = "=HYPERLINK(\"http://evil\") НАТО и Россия 🤝 @SUM(1)";

    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void hostileProject() throws Exception {
        project = dir.resolve("hostile.parallax");
        assertThat(Cli.parallax("new", project, "--codebook", "table1").exit()).isZero();
        Path text = Files.writeString(dir.resolve("hostile.txt"), PASSAGE + " in one line.\n");
        assertThat(Cli.parallax("import", project, text, "--title", "=cmd|' /C calc'!A0", "--actor", "+cmd|calc",
                "--date", "2001-02-03").exit()).isZero();
        try (Workbench wb = Workbench.open(project)) {
            long frame = wb.codebook().addFrame("=FRAME()", null, null).id();
            long code = wb.codebook().addCode("@SUM(1)", frame, null, null, null).id();
            wb.coding().code(1, 0, PASSAGE.length(), code, "-memo 😀");
            wb.coding().code(1, 0, PASSAGE.length(), wb.codebook().code("Balance of power").id(), null);
        }
    }

    @Test
    void everySheetKeepsFormulaLikeTextAsStringCells() throws Exception {
        Path out = dir.resolve("all.xlsx");
        assertThat(Cli.parallax("export", "xlsx", project, out).exit()).isZero();
        List<String> texts = new ArrayList<>();
        try (XSSFWorkbook book = XlsxCliTest.open(out)) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as(sheet.getSheetName()).isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING) {
                            texts.add(cell.getStringCellValue());
                        }
                    }
                }
            }
        }
        assertThat(texts).contains(PASSAGE, "=cmd|' /C calc'!A0", "+cmd|calc", "@SUM(1)", "=FRAME()", "-memo 😀");
    }

    @Test
    void aTextBeyondExcelsCellLimitIsCutAtACharacterAndReported() throws Exception {
        String longText = "😀".repeat(20_000);
        Path out = dir.resolve("long.xlsx");
        int cut = XlsxWriter.write(List.of(new TableSheet("Long", List.of("text"), List.<List<Object>>of(List.of(longText)))), out);
        assertThat(cut).isEqualTo(1);
        try (XSSFWorkbook book = XlsxCliTest.open(out)) {
            String cell = book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue();
            assertThat(cell.length()).isLessThanOrEqualTo(XlsxWriter.MAX_CELL);
            assertThat(cell).endsWith("the CSV export has the whole text]");
            String kept = cell.substring(0, cell.indexOf(" […cut"));
            assertThat(longText).startsWith(kept);
            assertThat(kept.length() % 2).isZero();
        }
    }
}
