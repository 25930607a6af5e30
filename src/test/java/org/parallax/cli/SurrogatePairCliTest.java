package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;

/**
 * A passage boundary between the two halves of a surrogate pair is refused in words (issue 12 item 5): before
 * the guard it was stored, and the CSV export then failed with "Input length = 1".
 */
class SurrogatePairCliTest {
    @TempDir
    Path dir;

    @Test
    void aBoundaryInsideAnEmojiIsRefusedAndTheProjectStillExports() throws Exception {
        Path project = dir.resolve("flags.parallax");
        assertThat(Cli.parallax("new", project, "--codebook", "table1").exit()).isZero();
        // "NATO " is units 0-4, the flag's two code points are units 5-8; 6 falls inside the first of them.
        Path text = Files.writeString(dir.resolve("flags.txt"), "NATO \uD83C\uDDFA\uD83C\uDDE6 support for Ukraine.\n");
        assertThat(Cli.parallax("import", project, text).exit()).isZero();

        Cli split = Cli.parallax("code", project, "--doc", 1, "--start", 5, "--end", 6, "--code", "Balance of power");
        assertThat(split.exit()).isNotZero();
        assertThat(split.err().strip()).contains("offset 6 falls inside a character").doesNotContain("Exception");
        assertThat(Cli.parallax("segments", project, "--format", "csv").out().lines()).hasSize(1);

        assertThat(Cli.parallax("code", project, "--doc", 1, "--start", 5, "--end", 7, "--code", "Balance of power")
                .exit()).isZero();
        Path csv = dir.resolve("passages.csv");
        Cli export = Cli.parallax("export", "csv", project, csv);
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readString(csv)).contains("\uD83C\uDDFA");
    }
}
