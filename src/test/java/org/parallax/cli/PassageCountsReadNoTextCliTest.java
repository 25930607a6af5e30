package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Matrix;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * `tally` and `timeline` count passages without counting words, which would read every document's text (50 MB on
 * the 1,000-document project, most of the command's time; issue 18): tally prints the window's Table 1 cell for cell
 * even when the texts are gone, and a rate per 10,000 words divides by the word counts stored with the documents.
 */
class PassageCountsReadNoTextCliTest {
    @TempDir
    Path dir;

    @Test
    void tallyPrintsTheWindowsTable1AndTimelineItsBinsWithoutReadingAnyText() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        List<List<String>> window = new ArrayList<>();
        try (Workbench wb = Workbench.open(project)) {
            // What the Table 1 tab shows (Table1ViewModel computes the same call), row by row with its total.
            Matrix m = wb.analysis().table1();
            assertThat(m.total().segments()).as("the sample has coded passages").isPositive();
            for (int r = 0; r < m.rows().size(); r++) {
                List<String> row = new ArrayList<>(List.of(m.rows().get(r).label()));
                for (int c = 0; c < m.columns().size(); c++) {
                    row.add(cell(m.cell(r, c)));
                }
                row.add(cell(m.rowTotal(r)));
                window.add(row);
            }
        }
        Cli before = Cli.parallax("tally", project);
        assertThat(before.exit()).as(before.err()).isZero();
        assertThat(rows(before.out())).containsExactlyElementsOf(window);
        Cli timelineBefore = Cli.parallax("timeline", project);
        assertThat(timelineBefore.exit()).as(timelineBefore.err()).isZero();
        Cli ratesBefore = Cli.parallax("tally", project, "--measure", "per10k");
        assertThat(ratesBefore.exit()).as(ratesBefore.err()).isZero();

        // Texts gone (foreign keys are not checked on a plain delete): whatever still counts passages read none.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + project); Statement st = c.createStatement()) {
            assertThat(st.executeUpdate("DELETE FROM document_texts")).isPositive();
        }
        Cli after = Cli.parallax("tally", project);
        assertThat(after.exit()).as(after.err()).isZero();
        assertThat(after.out()).isEqualTo(before.out());
        Cli timelineAfter = Cli.parallax("timeline", project);
        assertThat(timelineAfter.exit()).as(timelineAfter.err()).isZero();
        assertThat(timelineAfter.out()).isEqualTo(timelineBefore.out());
        assertThat(Cli.parallax("tally", project, "--measure", "chars").exit()).isZero();
        assertThat(Cli.parallax("tally", project, "--measure", "per10k").out())
                .as("rates divide by the word counts stored with the documents").isEqualTo(ratesBefore.out());
    }

    private static String cell(Matrix.Tally tally) {
        return tally.segments() + " (" + tally.documents() + ")";
    }

    /**
     * The table's body rows without the header, the Total row and the line after it naming the layers counted,
     * cells split where two or more spaces are.
     */
    private static List<List<String>> rows(String table) {
        List<String> lines = table.lines().filter(l -> !l.isBlank()).toList();
        int total = lines.size() - 1;
        while (total > 0 && !lines.get(total).startsWith("Total")) {
            total--;
        }
        return lines.subList(1, total).stream().map(l -> Arrays.asList(l.strip().split(" {2,}"))).toList();
    }
}
