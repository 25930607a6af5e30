package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.io.refi.QdpxFiles;
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
        // Entry by entry: the archive's bytes also hold each entry's time, which two exports a second apart differ in.
        assertThat(contents(second)).as("the same items under the same ids").isEqualTo(contents(first));
    }

    /**
     * A coder's pseudonymised export: the pseudonyms are kept in the project's settings, which the coder may not
     * write, so the export was refused by the server. It is written with the pseudonyms the lead's export then keeps.
     */
    @Test
    void aCoderMakesThePseudonymisedExportTheLeadWouldMake() throws Exception {
        String lead = team.publish("coderpseudo");
        String coder = team.member(lead, "ann", "coder");
        Cli.ok("sensitive", lead, "speaker");
        Path plain = team.dir().resolve("plain.csv");
        Path coders = team.dir().resolve("coder.csv");
        Path leads = team.dir().resolve("lead.csv");

        Cli.ok("export", "csv", coder, plain);
        Cli export = Cli.parallax("export", "csv", coder, coders, "--pseudonymise");
        Cli.ok("export", "csv", lead, leads, "--pseudonymise");

        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(Files.readString(plain)).contains("President Vladimir Putin met with");
        assertThat(Files.readString(coders)).contains("President P0").doesNotContain("President Vladimir Putin met with");
        assertThat(Files.mismatch(coders, leads)).as("the same pseudonyms").isEqualTo(-1L);
    }

    /** Each entry of an archive with its bytes as text, by name. */
    private static Map<String, String> contents(Path qdpx) {
        Map<String, String> contents = new TreeMap<>();
        QdpxFiles.entries(qdpx).forEach((name, bytes) -> contents.put(name, new String(bytes, StandardCharsets.UTF_8)));
        return contents;
    }
}
