package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamSample;

/**
 * A coder exporting the team project to REFI-QDA: the first export of a project keeps its id key in the project's
 * settings, which only a lead may write, so the coder's export was refused by the server and no file written.
 */
@NeedsTestServer
class TeamCoderExportCliTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aCoderExportsTheTeamProjectToRefiQdaWithTheSameIdsEachTime() throws Exception {
        String lead = team.publish("coderqdpx");
        String coder = team.member(lead, "ann", "coder");
        Path first = team.dir().resolve("first.qdpx");
        Path second = team.dir().resolve("second.qdpx");

        Cli export = Cli.parallax("export", "qdpx", coder, first);
        Cli again = Cli.parallax("export", "qdpx", coder, second);

        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(first).isNotEmptyFile();
        assertThat(Files.mismatch(first, second)).as("the same items under the same ids").isEqualTo(-1L);
    }
}
