package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.workbench.Workbench;

/**
 * `--format csv` of every listing applies the formula guard of `export csv`, and `--no-formula-guard`
 * turns it off (issue 12 item 5): a hostile document title, text, code name and actor go in.
 */
class CsvFormulaGuardCliTest {
    @TempDir
    static Path dir;
    static Path project;

    @BeforeAll
    static void hostileProject() throws Exception {
        project = dir.resolve("hostile.parallax");
        assertThat(Cli.parallax("new", project, "--codebook", "table1").exit()).isZero();
        Path text = Files.writeString(dir.resolve("hostile.txt"),
                "=HYPERLINK(\"http://evil\") +cmd|' /C calc'!A0 and @SUM(1) in one line about NATO.\n");
        assertThat(Cli.parallax("import", project, text, "--title", "=HYPERLINK(\"http://evil\")", "--actor",
                "+cmd|calc", "--date", "2001-02-03").exit()).isZero();
        try (Workbench wb = Workbench.open(project)) {
            long frame = wb.codebook().addFrame("=FRAME()", null, null).id();
            wb.codebook().addCode("@SUM(1)", frame, null, null, null);
        }
        assertThat(Cli.parallax("code", project, "--doc", 1, "--start", 0, "--end", 27, "--code", "@SUM(1)")
                .exit()).isZero();
        try (Workbench wb = Workbench.open(project)) {
            // A second code on the same words, so co-occurrence has a pair to list.
            wb.coding().code(1, 0, 27, wb.codebook().current().codes().get(0).id(), null);
        }
    }

    static List<List<String>> commands() {
        String p = project.toString();
        return List.of(List.of("segments", p), List.of("docs", p), List.of("codes", p),
                List.of("search", p, "NATO"), List.of("tally", p, "--rows", "code", "--cols", "actor"),
                List.of("timeline", p), List.of("cooccurrence", p));
    }

    @Test
    void everyCsvListingNeutralisesFormulasAndTheGuardCanBeTurnedOff() {
        for (List<String> command : commands()) {
            List<Object> guarded = new java.util.ArrayList<>(command);
            guarded.addAll(List.of("--format", "csv"));
            Cli run = Cli.parallax(guarded.toArray());
            assertThat(run.exit()).as(String.join(" ", command) + ": " + run.err()).isZero();
            for (String line : run.out().lines().toList()) {
                for (String cell : line.split(",")) {
                    String bare = cell.startsWith("\"") ? cell.substring(1) : cell;
                    assertThat(bare).as(String.join(" ", command) + " cell").doesNotStartWith("=")
                            .doesNotStartWith("+").doesNotStartWith("@");
                }
            }
            List<Object> raw = new java.util.ArrayList<>(guarded);
            raw.add("--no-formula-guard");
            Cli off = Cli.parallax(raw.toArray());
            assertThat(off.exit()).as(String.join(" ", command) + " --no-formula-guard: " + off.err()).isZero();
            assertThat(off.out()).as(String.join(" ", command)).containsAnyOf("=HYPERLINK", "+cmd", "@SUM", "=FRAME");
        }
    }
}
