package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;

/**
 * Process tracing on a team server (ADR 0030). In blind mode an evidence item resting on the coder's own passage and
 * another coder's reached the coder with its description, note and likelihoods, only the other passage stripped off;
 * now the server hands a blind coder only the items resting wholly on plain selections and their own passages, and
 * Parallax counts the rest as left out. With blind mode off, the quote of a deleted passage was withheld from coders,
 * leaving items without passages; now every member reads every item whole.
 */
@NeedsTestServer
class TeamBlindTracingCliTest {
    private static final String SET = "NATO-Russia relations since 1997";
    private static final String MIXED_NOTE = "The lead reads both passages as balancing";

    @RegisterExtension
    final TeamSample team = new TeamSample();
    String leader;
    String coder;
    String analystsQuote;
    String analystsPassage;

    /** The lead records four items: on the coder's passage, on it and the analyst's, on the analyst's, on a plain selection. */
    @BeforeEach
    void fourItemsOfTheLead() throws Exception {
        String lead = team.publish("blindtrace");
        leader = team.member(lead, "lena", "lead");
        coder = team.member(lead, "ann", "coder");
        Cli.ok("code", coder, "--doc", "1", "--start", "0", "--end", "40", "--code", "Balance of power");
        List<CSVRecord> passages = records(Cli.ok("segments", leader, "--format", "csv").out());
        String annsPassage = passages.stream().filter(r -> r.get("coder").equals(TeamMembers.login(coder)))
                .findFirst().orElseThrow().get("id");
        CSVRecord analysts = passages.stream().filter(r -> r.get("coder").equals("analyst")).findFirst().orElseThrow();
        analystsPassage = analysts.get("id");
        analystsQuote = analysts.get("text");
        Cli.ok("hypothesis", "template", leader);
        evidence("Ann's item", "--segment", annsPassage);
        evidence("Mixed item", "--segment", annsPassage + "," + analystsPassage, "--note", MIXED_NOTE);
        evidence("Analyst's item", "--segment", analystsPassage);
        evidence("A plain selection", "--doc", "1", "--start", "0", "--end", "20");
    }

    @Test
    void aBlindCoderGetsNoItemRestingOnAnotherCodersPassageNotEvenPartlyAndIsToldHowManyAreLeftOut() throws Exception {
        Cli.ok("coders", leader, "--blind", "on");

        assertThat(column(coder, "SELECT description || ' ' || coalesce(note, '') FROM evidence"))
                .containsExactlyInAnyOrder("Ann's item ", "A plain selection ");
        assertThat(column(coder, "SELECT count(*) FROM evidence_likelihoods")).containsExactly("6");
        assertThat(String.join(" ", column(coder, "SELECT quote FROM evidence_passages")))
                .doesNotContain(analystsQuote);

        Cli listed = Cli.ok("evidence", coder, "--set", SET, "--format", "csv");
        assertThat(records(listed.out())).extracting(r -> r.get("description"))
                .containsExactly("Ann's item", "A plain selection");
        assertThat(listed.out()).doesNotContain(MIXED_NOTE, analystsQuote);
        assertThat(listed.err()).hasLineCount(1).contains("2 evidence items on passages hidden in blind mode are left "
                + "out");
        Cli ledger = Cli.ok("ledger", coder, "--set", SET, "--format", "csv");
        assertThat(records(ledger.out())).extracting(r -> r.get("evidence")).containsOnly("1", "4");

        Cli.ok("coders", leader, "--blind", "off");
        Cli all = Cli.ok("evidence", coder, "--set", SET, "--format", "csv");
        assertThat(records(all.out())).hasSize(4);
        assertThat(all.out()).contains(MIXED_NOTE);
        assertThat(all.err()).isEmpty();
    }

    /**
     * The server's check of an item took the viewer's coder id as an argument, so a coder with psql could ask it about
     * another coder's id and learn which items rest on that coder's passages; it now answers for the caller alone.
     */
    @Test
    void aCoderCannotAskTheServerWhetherAnItemRestsOnAnotherCodersPassages() throws Exception {
        Cli.ok("coders", leader, "--blind", "on");
        List<String> items = TeamMembers.firstColumn(leader, "lena", "SELECT id FROM evidence ORDER BY id");
        List<String> revealed = new ArrayList<>();
        for (String item : items) {
            try {
                revealed.addAll(column(coder, "SELECT " + item + " WHERE evidence_readable(" + item
                        + ", (SELECT id FROM coders WHERE name = 'analyst'))"));
            } catch (SQLException refused) {
                assertThat(refused.getSQLState()).as(refused.getMessage()).isEqualTo("42883");
            }
        }
        assertThat(revealed).as("items the coder learns rest on the analyst's passages").isEmpty();
        List<String> ownAndPlain = TeamMembers.firstColumn(leader, "lena", "SELECT id FROM evidence WHERE description "
                + "IN ('Ann''s item', 'A plain selection') ORDER BY id");
        List<String> readable = new ArrayList<>();
        for (String item : items) {
            readable.addAll(column(coder, "SELECT " + item + " WHERE evidence_readable(" + item + ")"));
        }
        assertThat(readable).containsExactlyElementsOf(ownAndPlain);
    }

    @Test
    void withBlindModeOffACoderReadsTheQuoteOfADeletedPassage() throws Exception {
        Cli.ok("uncode", leader, "--segment", analystsPassage);
        Cli listed = Cli.ok("evidence", coder, "--set", SET, "--format", "csv");
        CSVRecord analysts = records(listed.out()).stream().filter(r -> r.get("description").equals("Analyst's item"))
                .findFirst().orElseThrow();
        assertThat(analysts.get("quote")).isEqualTo(analystsQuote);
        assertThat(analysts.get("status")).isEqualTo("passage deleted");
    }

    private void evidence(String description, String... passages) {
        List<Object> args = new ArrayList<>(List.of("evidence", "add", leader, "--set", SET, "--description",
                description, "--likelihood", "H1=0.6", "--likelihood", "H2=0.3", "--likelihood", "Other=0.5"));
        args.addAll(List.of(passages));
        Cli.ok(args.toArray());
    }

    /** The first column of a query a plain SQL session of the coder runs, as psql would. */
    private static List<String> column(String memberUrl, String query) throws SQLException {
        return TeamMembers.firstColumn(memberUrl, "ann", query);
    }

    private static List<CSVRecord> records(String csv) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(new StringReader(csv))
                .getRecords();
    }
}
