package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamSample;
import org.parallax.testutil.TestServer;

/**
 * {@link EvidenceWithoutPassagesCliTest} on a team server: an evidence item whose rows of evidence_passages another
 * program removed (a SQL client of the database's owner) is listed, counted in the ledger and exported without a
 * quote, and a blank description, which would take the first passage's quote, is refused in one line.
 */
@NeedsTestServer
class TeamEvidenceWithoutPassagesCliTest {
    private static final String SET = EvidenceWithoutPassagesCliTest.SET;

    @RegisterExtension
    final TeamSample team = new TeamSample();
    String leader;

    @BeforeEach
    void anItemWhosePassagesAreGone() throws Exception {
        String lead = team.publish("nopassage");
        leader = team.member(lead, "lena", "lead");
        Cli.ok("hypothesis", "template", leader);
        Cli.ok("evidence", "add", leader, "--set", SET, "--segment", "1", "--likelihood", "H1=0.8", "--likelihood",
                "H2=0.2", "--likelihood", "Other=0.5", "--description", "Item without passage", "--note", "kept note");
        Cli.ok("evidence", "add", leader, "--set", SET, "--doc", "1", "--start", "0", "--end", "20", "--likelihood",
                "H1=0.35", "--likelihood", "H2=0.65", "--likelihood", "Other=0.5", "--description", "A plain selection");
        String database = lead.substring(0, lead.indexOf('?'));
        String project = lead.substring(lead.indexOf("project=") + "project=".length());
        try (Connection c = TestServer.projectSession(database, project)) {
            assertThat(c.createStatement().executeUpdate("DELETE FROM evidence_passages WHERE evidence_id = "
                    + "(SELECT id FROM evidence WHERE description = 'Item without passage')")).isEqualTo(1);
        }
    }

    @Test
    void itIsListedCountedAndExportedWithoutAQuote() throws Exception {
        assertThat(Cli.ok("evidence", leader, "--set", SET).out()).contains("Item without passage", "kept note");
        assertThat(Cli.ok("evidence", leader, "--set", SET, "--format", "json").out()).contains("Item without passage");
        assertThat(Cli.ok("ledger", leader, "--set", SET, "--format", "csv").out().lines()).hasSize(7);
        for (String name : List.of("report.html", "report.docx", "ledger.csv", "ledger.json", "chain.svg")) {
            Path out = team.dir().resolve(name);
            Cli export = Cli.parallax("export", "tracing", leader, out, "--set", SET);
            assertThat(export.exit()).as(name + ": " + export.err()).isZero();
            assertThat(Files.size(out)).as(name).isPositive();
        }
        assertThat(Files.readString(team.dir().resolve("report.html"))).contains("Item without passage",
                "A plain selection");
        Cli qdpx = Cli.parallax("export", "qdpx", leader, team.dir().resolve("study.qdpx"));
        assertThat(qdpx.exit()).as(qdpx.err()).isZero();
    }

    @Test
    void aBlankDescriptionIsRefusedInOneLineWhileOtherEditsGoThrough() {
        String id = Cli.ok("evidence", leader, "--set", SET, "--format", "csv").out().lines()
                .filter(l -> l.contains("Item without passage")).findFirst().orElseThrow().split(",")[0];
        Cli blank = Cli.parallax("evidence", "edit", leader, "--set", SET, "--id", id, "--description", "");
        assertThat(blank.exit()).isEqualTo(1);
        assertThat(blank.err().strip()).hasLineCount(1).contains("Evidence #" + id + " rests on no passage, so a "
                + "blank description has no quote to go back to").doesNotContain("Exception");

        Cli.ok("evidence", "edit", leader, "--set", SET, "--id", id, "--note", "a new note");
        assertThat(Cli.ok("evidence", leader, "--set", SET).out()).contains("a new note", "Item without passage");
    }
}
