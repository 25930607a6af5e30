package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * {@code --} ends the options, as in other programs' command lines: what follows is the query even when it begins
 * with a dash, so a researcher can search for a word written with one (docs/search.md).
 */
class EndOfOptionsCliTest {
    @TempDir
    Path dir;

    @Test
    void afterTheDoubleDashADashedQueryIsTheQueryNotAnOption() {
        Path project = TestProjects.sampleCopy(dir);

        Cli negation = Cli.ok("search", project, "--", "-kosovo");
        assertThat(negation.out().strip().lines().reduce((first, last) -> last)).hasValue("0 hits in 14 documents");

        Cli optionName = Cli.parallax("search", project, "--limit", "1", "--", "--limit");
        assertThat(optionName.exit()).isEqualTo(1);
        assertThat(optionName.err().strip()).isEqualTo("error: '--limit' at position 1 begins with two of the signs"
                + " + and -, which mean must and must not; to find it as written, put it in quotes: \"--limit\"");

        Cli quoted = Cli.ok("search", project, "--", "\"-enlargement\"");
        assertThat(quoted.out()).contains("enlargement").doesNotContain(" 0 hits");
    }
}
