package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NamedInterview;
import org.parallax.testutil.TestProjects;

/**
 * A file sent to a blind second coder, or one of a study whose coders must stay unnamed, carried each coder's login
 * in the passages' coder column, the REFI-QDA users, the workbook, the report and the memo authors. With `coders
 * PROJECT --pseudonymise-coders on` every file the project writes names them Coder 1, Coder 2, … in the order they joined,
 * the same in every file and after a new coder joins, and agreement still tells them apart.
 */
class CoderPseudonymsCliTest {
    @TempDir
    Path dir;

    private static void ok(Object... args) {
        Cli run = Cli.parallax(args);
        assertThat(run.exit()).as(run.err()).isZero();
    }

    @Test
    void everyFileNamesTheCodersCoderOneAndCoderTwo() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        ok("coders", project, "--active", "analyst");
        ok("memo", project, "--project", "--text", "Journal: second-coder has finished the three documents.");
        Cli set = Cli.parallax("coders", project, "--pseudonymise-coders", "on");
        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.out()).contains("pseudonymise coders on").contains("Coder 2");

        Path csv = dir.resolve("passages.csv");
        ok("export", "csv", project, csv);
        ok("export", "qdpx", project, dir.resolve("project.qdpx"));
        ok("export", "xlsx", project, dir.resolve("views.xlsx"));
        ok("report", project, dir.resolve("report.docx"));
        ok("report", project, dir.resolve("memos.html"), "--memos");
        ok("export", "memos", project, dir.resolve("memos.csv"));
        ok("export", "quotes", project, dir.resolve("quotes.csv"));
        ok("agreement", project, "--coders", "analyst,second-coder", "--format", "xlsx", "--out",
                dir.resolve("agreement.xlsx"));

        for (String file : List.of("passages.csv", "project.qdpx", "views.xlsx", "report.docx", "memos.html",
                "memos.csv", "quotes.csv", "agreement.xlsx")) {
            assertThat(NamedInterview.readable(dir.resolve(file))).as(file).doesNotContain("second-coder")
                    .doesNotContain("analyst").contains("Coder 1");
        }
        assertThat(coderColumn(csv)).containsExactlyInAnyOrder("Coder 1", "Coder 2");
        assertThat(NamedInterview.readable(dir.resolve("agreement.xlsx"))).contains("Coder 2");
        assertThat(NamedInterview.readable(dir.resolve("memos.csv")))
                .contains("Journal: Coder 2 has finished the three documents.");

        ok("coders", project, "--active", "zoe");
        ok("code", project, "--doc", "3", "--start", "0", "--end", "44", "--code", "Balance of power");
        ok("export", "csv", project, csv);
        assertThat(coderColumn(csv)).containsExactlyInAnyOrder("Coder 1", "Coder 2", "Coder 3");
        assertThat(Files.readString(csv)).doesNotContain("zoe").doesNotContain("analyst");

        ok("coders", project, "--pseudonymise-coders", "off");
        ok("export", "csv", project, csv);
        assertThat(coderColumn(csv)).containsExactlyInAnyOrder("analyst", "second-coder", "zoe");
    }

    private static Set<String> coderColumn(Path csv) throws Exception {
        try (CSVParser parser = CSVParser.parse(csv, java.nio.charset.StandardCharsets.UTF_8,
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build())) {
            return parser.getRecords().stream().map(r -> r.get("coder")).collect(Collectors.toSet());
        }
    }
}
