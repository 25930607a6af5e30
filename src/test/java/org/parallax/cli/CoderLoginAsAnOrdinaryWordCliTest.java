package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.MemoTarget;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * With coders pseudonymised, the coder "may" was replaced wherever the word stood, in any case: "In May 2008" went out
 * as "In Coder 3 2008" and "we may agree" as "we Coder 3 agree", in every memo and title of the export. A login the
 * documents write as an ordinary word is replaced where it stands as a name (with a capital inside a sentence, with
 * "'s", or at a sentence's start when the text names the coder so elsewhere); a date and the lower-case word stay, and
 * the export says on standard error which were left and why. A lower-case word of a longer name ("kowalski" of
 * maria-kowalski) is left as before, and now named there too.
 */
class CoderLoginAsAnOrdinaryWordCliTest {
    private static final String JOURNAL = "In May 2008 the council met. Asked about it, May disagrees with the "
            + "coding; we may agree later. May's reading stands. Then 3 May the summit.";

    @TempDir
    Path dir;

    @Test
    void aLoginThatIsAnOrdinaryWordGoesWhereItIsANameAndTheDateStays() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(project)) {
            wb.setActiveCoder("may");
            wb.memos().set(MemoTarget.project(), JOURNAL);
            wb.pseudonymiseCoders(true);
        }
        String may = pseudonymOf(Cli.ok("coders", project).out(), "may");

        Cli run = Cli.ok("export", "memos", project, dir.resolve("memos.csv"));

        assertThat(Files.readString(dir.resolve("memos.csv"))).contains("In May 2008 the council met. Asked about it, "
                + may + " disagrees with the coding; we may agree later. " + may + "'s reading stands. Then 3 May the "
                + "summit.").doesNotContain(may + " 2008");
        assertThat(run.err()).contains("warning: 'may' (the coder may, " + may + " in files) is not replaced in ")
                .contains("it stands as a date (\"May 2008\"").contains("it is written in lower case");
    }

    /**
     * A month dates something after a word of time as beside a number, by the rule interviewees' names follow
     * ({@code MonthNamesTest}): "agreed in June" kept "June", a name the documents never write small, only before a
     * number, and went out as "agreed in Coder 3".
     */
    @Test
    void aMonthAfterAWordOfTimeIsADateAndBesideAVerbTheName() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(project)) {
            wb.setActiveCoder("june");
            wb.memos().set(MemoTarget.project(), "The leaders agreed in June, since June 2021 the plan stood; "
                    + "asked about it, June disagrees.");
            wb.pseudonymiseCoders(true);
        }
        String june = pseudonymOf(Cli.ok("coders", project).out(), "june");

        Cli run = Cli.ok("export", "memos", project, dir.resolve("memos.csv"));

        assertThat(Files.readString(dir.resolve("memos.csv"))).contains("The leaders agreed in June, since June 2021 "
                + "the plan stood; asked about it, " + june + " disagrees.");
        assertThat(run.err()).contains("'june' (the coder june, " + june + " in files) is not replaced in 1 memo: it "
                + "stands as a date");
    }

    @Test
    void aSentenceStartAloneIsLeftAndNamed() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(project)) {
            wb.setActiveCoder("will");
            wb.memos().set(MemoTarget.project(), "Will NATO expand? The answer will come.");
            wb.pseudonymiseCoders(true);
        }

        Cli run = Cli.ok("export", "memos", project, dir.resolve("memos.csv"));

        assertThat(Files.readString(dir.resolve("memos.csv"))).contains("Will NATO expand? The answer will come.");
        assertThat(run.err()).contains("'will' (the coder will,").contains("it begins a sentence");
    }

    @Test
    void aLowerCaseWordOfALongerNameIsNamedWithTheTextItStandsIn() throws Exception {
        Path project = TestProjects.sampleCopy(dir);
        try (Workbench wb = Workbench.open(project)) {
            wb.setActiveCoder("maria-kowalski");
            wb.memos().set(MemoTarget.project(), "Kowalski disagrees; ask kowalski and kowalski again.");
            wb.pseudonymiseCoders(true);
        }
        String maria = pseudonymOf(Cli.ok("coders", project).out(), "maria-kowalski");

        Cli run = Cli.ok("export", "memos", project, dir.resolve("memos.csv"));

        assertThat(Files.readString(dir.resolve("memos.csv"))).contains(maria + " disagrees; ask kowalski");
        assertThat(run.err()).contains("warning: 'kowalski' (the coder maria-kowalski, " + maria + " in files) is not "
                + "replaced in 1 memo: it is written in lower case");
    }

    /** The name {@code coders} (the listing) gives the coder in files. */
    private static String pseudonymOf(String coders, String coder) {
        return coders.lines().filter(l -> l.contains(coder)).findFirst()
                .map(l -> l.replaceAll(".*(Coder \\d+).*", "$1")).orElseThrow();
    }
}
