package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.ConsensusFixture;
import org.parallax.testutil.TestProjects;

/**
 * Table 1 in `export xlsx` counted the default layers with no way to choose a coder, and the workbook said nothing of
 * whose passages it counted, while the Table 1 CSV's message, `tally` and the Table 1 tab each name the layers. The
 * workbook takes `--coder` as `export csv --matrix` does, and each Table 1 sheet holds the same line under its table.
 */
class Table1LayersInWorkbookCliTest {
    private static final String EVERY = "Counting analyst and second-coder, not consensus: a passage coded by both "
            + "counts once for each.";
    private static final String SECOND = "Counting second-coder only, not analyst or consensus.";

    @TempDir
    Path dir;

    @Test
    void eachTable1SheetNamesTheLayersItCountsAndCoderChoosesThem() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        ConsensusFixture.acceptA(project);
        Path all = dir.resolve("all.xlsx");
        Path second = dir.resolve("second.xlsx");

        Cli every = Cli.ok("export", "xlsx", project, all);
        Cli one = Cli.ok("export", "xlsx", project, second, "--coder", "second-coder");

        assertThat(every.out()).contains("written to " + all + ". " + EVERY);
        assertThat(one.out()).contains("written to " + second + ". " + SECOND);
        try (XSSFWorkbook book = open(all)) {
            assertThat(lineUnder(book.getSheet("Table 1"))).isEqualTo(EVERY);
            assertThat(lineUnder(book.getSheet("Table 1 documents"))).isEqualTo(EVERY);
            assertThat(lineUnder(book.getSheet("Codes"))).as("only Table 1 says it").isNull();
        }
        String tallied = total(Cli.ok("tally", project, "--coder", "second-coder", "--format", "csv").out());
        try (XSSFWorkbook book = open(second)) {
            assertThat(lineUnder(book.getSheet("Table 1"))).isEqualTo(SECOND);
            assertThat(lineUnder(book.getSheet("Table 1 documents"))).isEqualTo(SECOND);
            Row total = null;
            for (Row row : book.getSheet("Table 1")) {
                total = "Total".equals(row.getCell(0).getStringCellValue()) ? row : total;
            }
            assertThat(String.valueOf((long) total.getCell(total.getLastCellNum() - 1).getNumericCellValue()))
                    .isEqualTo(tallied);
        }
    }

    /** The line names coders, so it carries their pseudonyms as the sheet's cells do. */
    @Test
    void theLineCarriesTheCodersPseudonyms() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Cli.ok("coders", project, "--pseudonymise-coders", "on");
        Path out = dir.resolve("layers.xlsx");

        Cli.ok("export", "xlsx", project, out);

        try (XSSFWorkbook book = open(out)) {
            assertThat(lineUnder(book.getSheet("Table 1"))).startsWith("Counting Coder 1 and Coder 2")
                    .doesNotContain("analyst").doesNotContain("second-coder");
        }
    }

    /**
     * The message saying the workbook (or Table 1's CSV) was written ended with the line naming the coders by their
     * logins while their files name them Coder 1, Coder 2: it said another line than the one the sheet holds.
     */
    @Test
    void theMessageSaysTheLineTheFileHolds() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Cli.ok("coders", project, "--pseudonymise-coders", "on");
        Path out = dir.resolve("layers.xlsx");
        Path passages = dir.resolve("passages.csv");
        Path matrix = dir.resolve("table1.csv");

        Cli workbook = Cli.ok("export", "xlsx", project, out);
        Cli csv = Cli.ok("export", "csv", project, passages, "--matrix", matrix);

        try (XSSFWorkbook book = open(out)) {
            String line = lineUnder(book.getSheet("Table 1"));
            assertThat(workbook.out()).contains("written to " + out + ". " + line);
            assertThat(csv.out()).contains("Table 1 written to " + matrix + ". " + line);
        }
        assertThat(workbook.out() + csv.out()).doesNotContain("analyst").doesNotContain("second-coder");
    }

    /**
     * `tally --format xlsx --out FILE.xlsx` printed which layers it counted on standard error only, and the workbook,
     * which goes where the terminal does not, said nothing of it. Its sheet now holds the line under the table, as
     * `export xlsx` does, with the coders' pseudonyms while they are pseudonymised.
     */
    @Test
    void tallysWorkbookNamesTheLayersItCounts() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        ConsensusFixture.acceptA(project);
        Path every = dir.resolve("tally.xlsx");
        Path second = dir.resolve("tally second.xlsx");

        Cli all = Cli.ok("tally", project, "--format", "xlsx", "--out", every);
        Cli.ok("tally", project, "--format", "xlsx", "--out", second, "--coder", "second-coder");

        assertThat(all.err()).contains(EVERY);
        try (XSSFWorkbook book = open(every)) {
            assertThat(lineUnder(book.getSheet("Matrix"))).isEqualTo(EVERY);
        }
        try (XSSFWorkbook book = open(second)) {
            assertThat(lineUnder(book.getSheet("Matrix"))).isEqualTo(SECOND);
        }
        Cli.ok("coders", project, "--pseudonymise-coders", "on");
        Path pseudonymised = dir.resolve("tally anonymised.xlsx");
        Cli.ok("tally", project, "--format", "xlsx", "--out", pseudonymised);
        try (XSSFWorkbook book = open(pseudonymised)) {
            assertThat(lineUnder(book.getSheet("Matrix"))).startsWith("Counting Coder 1 and Coder 2")
                    .doesNotContain("analyst").doesNotContain("second-coder");
        }
    }

    /** The text of the first cell of the last row when a blank row parts it from the table, else null. */
    private static String lineUnder(Sheet sheet) {
        int last = sheet.getLastRowNum();
        if (last < 2 || sheet.getRow(last - 1) != null) {
            return null;
        }
        return sheet.getRow(last).getCell(0).getStringCellValue();
    }

    private static XSSFWorkbook open(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String total(String csv) {
        return csv.lines().filter(l -> l.startsWith("Total,")).findFirst().orElseThrow().replaceAll(".*,", "");
    }
}
