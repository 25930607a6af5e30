package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/**
 * A project made elsewhere — the sample's copy, a colleague's file — names its own coder ("analyst"), and a passage
 * coded here went out under that name in every export without a word. The first coding command says which name it
 * records, once; a project made here, or whose coder was chosen here, says nothing.
 */
class ChosenCoderCliTest {
    @TempDir
    Path dir;

    @Test
    void theFirstCodingCommandInAProjectMadeElsewhereSaysTheNameItRecordsOnce() {
        Path project = TestProjects.sampleCopy(dir);

        Cli first = Cli.parallax("code", project, "--doc", "3", "--start", "0", "--end", "44", "--code",
                "Balance of power");
        Cli second = Cli.parallax("memo", project, "--project", "--text", "Read the readout again.");

        assertThat(first.exit()).as(first.err()).isZero();
        assertThat(first.err()).contains("recorded as coder 'analyst', the coder this project names")
                .contains("parallax coders " + project + " --active NAME");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).doesNotContain("recorded as coder");
    }

    @Test
    void aSecondCodersCopySaysItCodesUnderTheLoginNotANameTheProjectNames() {
        Path project = TestProjects.sampleCopy(dir);
        Path copy = TestProjects.secondCodersCopy(project);

        Cli coded = Cli.parallax("code", copy, "--doc", "3", "--start", "0", "--end", "44", "--code",
                "Balance of power");

        assertThat(coded.exit()).as(coded.err()).isZero();
        assertThat(coded.err()).contains("this is a second coder's copy of sample.parallax: your passages and memos "
                + "are recorded as coder '" + System.getProperty("user.name") + "', this computer's login")
                .doesNotContain("the coder this project names").contains("parallax coders " + copy + " --active NAME");
    }

    /**
     * The line was taken as the answer: once a second coder had run one `parallax code` on their copy, the window's
     * strip never asked their name, and their layer went back under this computer's login. It is said once and the
     * question stays open until a name is given (`coders --active`, or in the window).
     */
    @Test
    void sayingTheNameOnceIsNoAnswerToWhoCodesInTheCopy() {
        Path project = TestProjects.sampleCopy(dir);
        Path copy = TestProjects.secondCodersCopy(project);

        Cli first = Cli.parallax("code", copy, "--doc", "3", "--start", "0", "--end", "44", "--code",
                "Balance of power");
        Cli second = Cli.parallax("code", copy, "--doc", "3", "--start", "50", "--end", "90", "--code",
                "Balance of power");

        assertThat(first.err()).contains("this is a second coder's copy");
        assertThat(second.exit()).as(second.err()).isZero();
        assertThat(second.err()).as("said once").doesNotContain("recorded as coder");
        try (Workbench wb = Workbench.open(copy)) {
            assertThat(wb.coderNotChosenHere()).as("still asked in the window")
                    .contains(System.getProperty("user.name"));
        }
        assertThat(Cli.parallax("coders", copy, "--active", "Maria").exit()).isZero();
        try (Workbench wb = Workbench.open(copy)) {
            assertThat(wb.coderNotChosenHere()).isEmpty();
        }
    }

    @Test
    void aProjectMadeHereOrWhoseCoderWasChosenHereSaysNothing() {
        Path made = dir.resolve("made.parallax");
        assertThat(Cli.parallax("new", made).exit()).isZero();
        Path chosen = TestProjects.sampleCopy(dir);
        assertThat(Cli.parallax("coders", chosen, "--active", "bea").exit()).isZero();

        Cli inMade = Cli.parallax("memo", made, "--project", "--text", "First thoughts.");
        Cli inChosen = Cli.parallax("code", chosen, "--doc", "3", "--start", "0", "--end", "44", "--code",
                "Balance of power");

        assertThat(inMade.exit()).as(inMade.err()).isZero();
        assertThat(inMade.err()).doesNotContain("recorded as coder");
        assertThat(inChosen.exit()).as(inChosen.err()).isZero();
        assertThat(inChosen.err()).doesNotContain("recorded as coder");
        assertThat(inChosen.out()).contains("bea");
    }
}
