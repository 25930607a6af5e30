package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.MemoTarget;
import org.parallax.model.Segment;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NamedInterview;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * With coders pseudonymised, a memo writing the coder "mark" as "Mark" or "MARK" went out with the name, while every
 * workbook and table sheet (quotes CSV, the passages sheet) ran the interviewee's words through the coders' names, so
 * "we must mark the date" lost a word. Coders' names go in any case from what analysts write; the documents' words
 * only through the interviewees' names. A login the documents write as an ordinary word ("mark the date") is left
 * where an analyst writes it small too ("mark is unsure"), and the export names that text on standard error
 * ({@link CoderLoginAsAnOrdinaryWordCliTest}).
 */
class CoderNamesInAnyCaseCliTest {
    private static final String SAID = "Both delegations agreed that we must mark the date of the summit.";

    @TempDir
    Path dir;

    @Test
    void analystsTextsLoseTheCodersNameInAnyCaseAndTheDocumentsKeepTheirWords() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(project)) {
            wb.setActiveCoder("mark");
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "summit.txt", SAID));
            Segment s = wb.coding().code(doc, 0, SAID.length(), wb.codebook().code("Balance of power").id(),
                    "MARK coded this; Mark again");
            wb.memos().set(MemoTarget.project(), "Journal: Mark finished the summit; ask MARK about it.");
            wb.memos().set(MemoTarget.passage(s.id()), "Mark's reading: mark is unsure");
            wb.pseudonymiseCoders(true);
        }
        Cli.ok("export", "xlsx", project, dir.resolve("views.xlsx"));
        Cli.ok("export", "quotes", project, dir.resolve("quotes.csv"));
        Cli.ok("export", "quotes", project, dir.resolve("quotes.xlsx"));
        Cli.ok("export", "csv", project, dir.resolve("passages.csv"));
        Cli memos = Cli.ok("export", "memos", project, dir.resolve("memos.csv"));
        Cli.ok("report", project, dir.resolve("report.html"));
        Cli.ok("segments", project, "--format", "xlsx", "--out", dir.resolve("segments.xlsx"));

        for (String file : List.of("views.xlsx", "quotes.csv", "quotes.xlsx", "passages.csv", "memos.csv",
                "report.html", "segments.xlsx")) {
            String written = NamedInterview.readable(dir.resolve(file));
            assertThat(written).as(file).contains("we must mark the date")
                    .doesNotContain("Mark").doesNotContain("MARK").doesNotContain("mark finished");
        }
        assertThat(NamedInterview.readable(dir.resolve("memos.csv")))
                .contains("Journal: Coder 3 finished the summit; ask Coder 3 about it.")
                .contains("Coder 3's reading: mark is unsure");
        assertThat(memos.err()).contains("warning: 'mark' (the coder mark, Coder 3 in files) is not replaced in 1 "
                + "passage memo: it is written in lower case");
    }
}
