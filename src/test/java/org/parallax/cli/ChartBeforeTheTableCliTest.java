package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.parallax.testutil.Cli;
import org.parallax.testutil.ReadOnlyFolders;
import org.parallax.testutil.TestProjects;
import org.parallax.testutil.UnprivilegedUser;

/**
 * `--svg FILE` of tally, timeline and cooccurrence into a folder its user may not write (a read-only share, another
 * user's folder): the command printed its whole table and then failed on the chart, so a script that read the
 * table took it for the command's result. The chart is written first: a chart that cannot be written fails the
 * command before anything is printed.
 */
class ChartBeforeTheTableCliTest {
    @TempDir
    Path dir;
    @RegisterExtension
    final ReadOnlyFolders readOnly = new ReadOnlyFolders();

    @ParameterizedTest
    @ValueSource(strings = {"tally", "timeline", "cooccurrence"})
    void aChartThatCannotBeWrittenFailsTheCommandBeforeItsTableIsPrinted(String command) throws Exception {
        Optional<String> user = UnprivilegedUser.name();
        assumeTrue(user.isPresent(), "needs root to run the command line as another user");
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Path project = TestProjects.sampleCopy(mine);
        assertThat(new ProcessBuilder("chown", "-R", user.get(), mine.toString()).start().waitFor()).isZero();
        Path shared = readOnly.make(Files.createDirectories(dir.resolve("shared")));
        Path chart = shared.resolve("chart.svg");

        Cli run = UnprivilegedUser.parallax(dir, command, project, "--svg", chart);

        assertThat(run.exit()).as(run.err()).isEqualTo(1);
        assertThat(run.out()).as("nothing printed before the failure").isEmpty();
        assertThat(run.err().lines().filter(line -> !line.startsWith("SLF4J")).toList()).singleElement()
                .asString().startsWith("error: ").contains("Cannot write the chart " + chart);
        assertThat(chart).doesNotExist();
    }
}
