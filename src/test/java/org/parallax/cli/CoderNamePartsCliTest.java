package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
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
 * With coders pseudonymised, a memo writing the coder maria-kowalski as "Kowalski disagrees", "Maria's reading" or
 * "M. Kowalski" went out with the name, since only the login whole was looked for. A word of a coder's name of two
 * words or more goes wherever it is written as a name is (with a capital), and the whole name with any separator;
 * ordinary words are left: the coder rose-lindqvist's "rose" written small, a longer word beginning like a name, and
 * "Second" of the sample's coder second-coder, which the documents write small.
 */
class CoderNamePartsCliTest {
    private static final String SAID = "Both delegations agreed that we must mark the date of the summit.";
    private static final String JOURNAL = "Kowalski disagrees with the realist reading. Maria's reading stands; ask "
            + "KOWALSKI or M. Kowalski or Maria Kowalski (maria kowalski, maria_kowalski). Lindqvist agrees with Rose "
            + "Lindqvist's notes: the rose garden talks in Mariupol and Kowalskiville. Second, the summit held.";

    @TempDir
    Path dir;

    @Test
    void aWordOfACodersNameWrittenAsANameGoesAndOrdinaryWordsStay() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(project)) {
            wb.setActiveCoder("rose-lindqvist");
            wb.setActiveCoder("maria-kowalski");
            long doc = TestProjects.importOne(wb, TestProjects.textFile(dir, "summit.txt", SAID));
            Segment s = wb.coding().code(doc, 0, SAID.length(), wb.codebook().code("Balance of power").id(),
                    "Kowalski is unsure");
            wb.memos().set(MemoTarget.project(), JOURNAL);
            wb.memos().set(MemoTarget.passage(s.id()), "Maria's reading: Lindqvist disagrees; Rose thinks so too");
            wb.pseudonymiseCoders(true);
        }
        String coders = Cli.ok("coders", project).out();
        String maria = pseudonymOf(coders, "maria-kowalski");
        String rose = pseudonymOf(coders, "rose-lindqvist");
        Cli.ok("export", "memos", project, dir.resolve("memos.csv"));
        Cli.ok("export", "csv", project, dir.resolve("passages.csv"));
        Cli.ok("export", "xlsx", project, dir.resolve("views.xlsx"));
        Cli.ok("report", project, dir.resolve("report.html"), "--memos");

        assertThat(Files.readString(dir.resolve("memos.csv"))).contains(maria + " disagrees with the realist reading. "
                + maria + "'s reading stands; ask " + maria + " or " + maria + " or " + maria + " (" + maria + ", "
                + maria + "). " + rose + " agrees with " + rose + "'s notes: the rose garden talks in Mariupol and "
                + "Kowalskiville. Second, the summit held.")
                .contains(maria + "'s reading: " + rose + " disagrees; " + rose + " thinks so too");
        for (String file : List.of("memos.csv", "passages.csv", "views.xlsx", "report.html")) {
            assertThat(NamedInterview.readable(dir.resolve(file))).as(file)
                    .containsPattern("(?i)coder \\d").doesNotContainPattern("(?i)kowalski\\b|maria\\b|lindqvist")
                    .doesNotContain("Rose");
        }
        assertThat(NamedInterview.readable(dir.resolve("passages.csv"))).contains(SAID)
                .contains(maria + "'s reading: " + rose + " disagrees; " + rose + " thinks so too");
    }

    @Test
    void aFileNamedWithAWordOfACodersNameIsRefusedAndAnOrdinaryOneWritten() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        Cli.ok("coders", project, "--active", "maria-kowalski");
        Cli.ok("coders", project, "--pseudonymise-coders", "on");
        for (String name : List.of("kowalski notes.csv", "memos of Maria.csv")) {
            Path out = dir.resolve(name);

            Cli run = Cli.parallax("export", "memos", project, out);

            assertThat(run.exit()).as(name).isOne();
            assertThat(run.err()).as(name).contains("the file's own name holds a name this pseudonymised export "
                    + "replaces");
            assertThat(out).as(name).doesNotExist();
        }
        Path ordinary = dir.resolve("mariupol notes.csv");
        Cli.ok("export", "memos", project, ordinary);
        assertThat(ordinary).exists();
    }

    /** The name {@code coders} (the listing) gives the coder in files. */
    private static String pseudonymOf(String coders, String coder) {
        return coders.lines().filter(l -> l.contains(coder)).findFirst().map(l -> l.replaceAll(".*(Coder \\d+).*",
                "$1")).orElseThrow();
    }
}
