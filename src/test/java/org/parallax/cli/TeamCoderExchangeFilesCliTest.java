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
 * A coder of a team project imports a colleague's REFI-QDA project together with their own Taguette highlights: the
 * server refuses the .qdpx (its coders and codebook are a lead's to add), which is that file's refusal, not the
 * project's, so it is one "failed:" line naming the file and the highlights still come in. The command used to end at
 * the .qdpx in one "error:" line, as if the project took nothing, and the highlights were never read. A project that
 * does take nothing (its disk full or read-only) still ends the command: ExchangeFilesOntoAProjectThatTakesNothingCliTest.
 */
@NeedsTestServer
class TeamCoderExchangeFilesCliTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aQdpxTheServerRefusesTheCoderIsThatFilesFailureAndTheNextFileComesIn() throws Exception {
        String lead = team.publish("coderqdpx");
        String coder = team.member(lead, "cora", "coder");
        Path colleague = team.dir().resolve("colleague.qdpx");
        Cli.ok("export", "qdpx", team.sample("colleague.parallax"), colleague);
        Path highlights = Files.writeString(team.dir().resolve("highlights.csv"), "id,document,tag,content\n"
                + "1,North Atlantic Treaty,Balance of power,\"The Parties agree that an armed attack against one or more "
                + "of them in Europe or North America shall be considered an attack against them all\"\n");

        Cli run = Cli.parallax("import", coder, colleague, highlights);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err().lines().toList()).as(run.err()).singleElement().asString()
                .startsWith("failed: colleague.qdpx: ").contains("does not allow it (nothing was changed)");
        assertThat(run.out()).as(run.err()).contains("highlights.csv: ").contains("1 passage added");
        assertThat(Cli.ok("segments", lead, "--format", "csv").out().lines()
                .filter(l -> l.contains(",1973,2113,") && l.contains("_cora,"))).hasSize(1);
    }
}
