package org.parallax.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * A student's project: the 1949 treaty imported for reference and never coded, a 2007 text coded. The timeline (the
 * workbook's Timeline sheet, `timeline` by year and by period) starts at the first coded year, not at 1949.
 */
class TimelineOfCodedYearsCliTest {
    @TempDir
    Path dir;

    private Path project() throws IOException {
        Path project = dir.resolve("thesis.parallax");
        assertThat(Cli.parallax("new", project, "--codebook", "table1").exit()).isZero();
        Path treaty = Path.of("samples/texts/1949-04-04_north_atlantic_treaty_en.md");
        Path talks = Files.writeString(dir.resolve("2007-02-10_talks.txt"), "NATO and Russia met again today. ".repeat(10));
        Path later = Files.writeString(dir.resolve("2009-05-01_talks.txt"), "NATO and Russia met once more. ".repeat(10));
        Cli imported = Cli.parallax("import", project, treaty, talks, later);
        assertThat(imported.exit()).as(imported.err()).isZero();
        for (int doc : new int[] {2, 3}) {
            Cli coded = Cli.parallax("code", project, "--doc", doc, "--start", 0, "--end", 30, "--code",
                    "Balance of power");
            assertThat(coded.exit()).as(coded.err()).isZero();
        }
        return project;
    }

    @Test
    void theWorkbooksTimelineSheetRunsFromTheFirstToTheLastCodedYear() throws Exception {
        Path project = project();
        Path out = dir.resolve("thesis.xlsx");
        Cli exported = Cli.parallax("export", "xlsx", project, out);
        assertThat(exported.exit()).as(exported.err()).isZero();
        List<String> periods = new ArrayList<>();
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheet("Timeline");
            for (Row row : sheet) {
                periods.add(row.getCell(0).getStringCellValue());
            }
        }
        assertThat(periods).containsExactly("period", "2007", "2008", "2009");
        assertThat(csv("timeline", project).stream().map(r -> r.get(0)))
                .containsExactly("period", "2007", "2008", "2009");
    }

    @Test
    void noBinBeforeTheFirstEventHoldsOnlyAnUncodedDocument() throws Exception {
        Path project = project();
        assertThat(csv("timeline", project, "--by", "period").stream().map(r -> r.get(0)))
                .noneMatch(period -> period.startsWith("Before"));
    }

    private static List<CSVRecord> csv(Object... args) throws IOException {
        List<Object> withFormat = new ArrayList<>(List.of(args));
        withFormat.addAll(List.of("--format", "csv"));
        Cli cli = Cli.parallax(withFormat.toArray());
        assertThat(cli.exit()).as(cli.err()).isZero();
        return CSVFormat.RFC4180.parse(new StringReader(cli.out())).getRecords();
    }
}
