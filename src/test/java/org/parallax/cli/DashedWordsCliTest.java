package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * A word after {@code --} in a command that takes no more words was called an "Unknown option", though {@code --}
 * had just said it is none; a memo given after {@code --} was "Missing required option '--text'", and one that is an
 * option's name ({@code --text --help}) "Expected parameter for option '--text' but found '--help'", neither saying
 * what the word was taken as. Each now says so and how a dashed text is given.
 */
class DashedWordsCliTest {
    @TempDir
    Path dir;

    @Test
    void aWordAfterTheDoubleDashIsNotCalledAnOption() {
        Path project = TestProjects.sampleCopy(dir);

        Cli extra = Cli.parallax("docs", project, "--", "-x");

        assertThat(extra.exit()).isEqualTo(2);
        assertThat(extra.out()).isEmpty();
        assertThat(extra.err().lines().findFirst()).hasValue("Too many words: '-x' after -- (which ends the options, "
                + "so no word after it is one); parallax docs takes only PROJECT; see parallax docs --help");
    }

    @Test
    void aTextThatLooksLikeAnOptionIsToldHowToBeGivenAndThenTaken() {
        Path project = TestProjects.sampleCopy(dir);

        Cli dashed = Cli.parallax("memo", project, "--project", "--text", "--help");
        assertThat(dashed.exit()).isEqualTo(2);
        assertThat(dashed.err().strip()).isEqualTo("--text was given no value: '--help' after it is an option of "
                + "parallax memo; a value that is an option's name is joined to its option with =, as --text=--help "
                + "(one that begins with a dash and names no option, as -v, is taken as it is); see parallax memo "
                + "--help");
        Cli forgotten = Cli.parallax("memo", project, "--text", "--project");
        assertThat(forgotten.exit()).isEqualTo(2);
        assertThat(forgotten.err().strip()).startsWith("--text was given no value: '--project' after it is an option "
                + "of parallax memo; ").hasLineCount(1);

        Cli afterTheDash = Cli.parallax("memo", project, "--project", "--", "-v");
        assertThat(afterTheDash.exit()).isEqualTo(2);
        assertThat(afterTheDash.err().lines().findFirst()).hasValue("Missing required option: '--text=T' (words "
                + "after -- are never an option's value: give it after its option, as --text -v); see parallax memo "
                + "--help");

        Cli.ok("memo", project, "--project", "--text", "-v");
        assertThat(Cli.ok("memos", project, "--kind", "project", "--format", "json").out())
                .contains("\"text\" : \"-v\"");
    }

    @Test
    void anyTextJoinedToItsOptionIsTakenAsItIsEvenAnOptionsName() {
        Path project = TestProjects.sampleCopy(dir);

        Cli.ok("memo", project, "--project", "--text=--help");
        Cli.ok("memo", project, "--doc", 1, "--text=--project");
        Cli.ok("code", project, "--doc", 1, "--start", 0, "--end", 4, "--code", "Balance of power", "--memo=-V");
        Cli.ok("document", project, "1", "--title=--version");
        Cli.ok("event", "add", project, "--date", "2020-01-01", "--label=--date");

        assertThat(Cli.ok("memos", project, "--format", "csv").out()).contains("--help", "--project", "-V");
        assertThat(Cli.ok("docs", project).out()).contains("--version");
        assertThat(Cli.ok("event", "list", project).out()).contains("--date");
    }
}
