package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.TestProjects;

/**
 * {@code segments --coder} with a name that is no coder (mistyped) printed an empty table, as if the
 * coder had coded nothing, where tally, timeline and agreement refuse the name and list the coders.
 */
class SegmentsCoderCliTest {
    @TempDir
    Path dir;

    @Test
    void aCoderWhoIsNotThereIsRefusedNamingTheCoders() {
        Path project = TestProjects.sampleCopy(dir);

        Cli unknown = Cli.parallax("segments", project, "--coder", "ANALYTS");

        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.out()).isEmpty();
        assertThat(unknown.err().strip()).isEqualTo("error: No coder named 'ANALYTS' in sample.parallax; coders: "
                + "[analyst, second-coder]");
        assertThat(Cli.ok("segments", project, "--coder", "second-coder", "--format", "csv").out().lines()
                .skip(1)).isNotEmpty().allSatisfy(line -> assertThat(line).contains(",second-coder,"));
    }
}
