package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;

/**
 * Another coder's project and document memos on a team server in blind mode (ADR 0030): Parallax hid them, but the
 * server handed them to any coder who asked with psql. Now the server keeps them back too, code memos (the codebook)
 * and the coder's own memos stay readable, and writing over a memo the server hides is refused in one line.
 */
@NeedsTestServer
class TeamBlindMemosCliTest {
    private static final String READING = "Lead's reading: deterrence above all";
    private static final String JOURNAL = "Journal of the lead, week one";
    private static final String CODEBOOK = "Balance of power: alliances formed against a rising power";

    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aBlindCoderReadsNoOtherCodersProjectOrDocumentMemoEvenWithPlainSqlAndCannotWriteOverOne() throws Exception {
        String lead = team.publish("blindmemo");
        String leader = team.member(lead, "lena", "lead");
        String coder = team.member(lead, "ann", "coder");
        String reader = team.member(lead, "rita", "reader");
        Cli.ok("memo", leader, "--doc", "1", "--text", READING);
        Cli.ok("memo", leader, "--project", "--text", JOURNAL);
        Cli.ok("memo", leader, "--code", "Balance of power", "--text", CODEBOOK);
        Cli.ok("memo", coder, "--doc", "2", "--text", "Ann's own reading");
        Cli.ok("coders", leader, "--blind", "on");

        assertThat(memoTexts(coder, "ann")).contains(CODEBOOK, "Ann's own reading").doesNotContain(READING, JOURNAL);
        assertThat(memoTexts(leader, "lena")).contains(READING, JOURNAL, CODEBOOK, "Ann's own reading");
        assertThat(memoTexts(reader, "rita")).contains(READING, JOURNAL, CODEBOOK, "Ann's own reading");

        for (Cli over : List.of(Cli.parallax("memo", coder, "--doc", "1", "--text", "mine"),
                Cli.parallax("memo", coder, "--project", "--text", "mine"))) {
            assertThat(over.exit()).as(over.err()).isEqualTo(1);
            assertThat(over.err().strip()).hasLineCount(1).contains("was written by another coder and is hidden in "
                    + "blind mode; nothing was changed").doesNotContain(READING, JOURNAL, "Exception");
        }
        Cli.ok("coders", leader, "--blind", "off");
        assertThat(memoTexts(coder, "ann")).contains(READING, JOURNAL, CODEBOOK, "Ann's own reading");
    }

    /**
     * The server kept another coder's memos back, so Parallax had none to leave out and its blind-mode line counted no
     * memo; it now counts those the server holds beyond what it handed over, as a file's line would.
     */
    @Test
    void theLeftOutLineCountsTheMemosTheServerKeptBack() throws Exception {
        String lead = team.publish("blindcount");
        String leader = team.member(lead, "lena", "lead");
        String coder = team.member(lead, "ann", "coder");
        Cli.ok("memo", leader, "--doc", "1", "--text", READING);
        Cli.ok("memo", leader, "--project", "--text", JOURNAL);
        Cli.ok("memo", coder, "--doc", "2", "--text", "Ann's own reading");
        Cli.ok("coders", leader, "--blind", "on");
        int kept = memoTexts(leader, "lena").size() - memoTexts(coder, "ann").size();
        assertThat(kept).isGreaterThanOrEqualTo(2);

        Cli listed = Cli.ok("memos", coder);
        assertThat(listed.out()).contains("Ann's own reading").doesNotContain(READING, JOURNAL);
        assertThat(listed.err().strip()).hasLineCount(1).contains("and " + kept + " memos of other coders' work are "
                + "left out");
        // The coder's own URL would log in as the coder, who may not switch blind mode off.
        String address = coder.substring(coder.indexOf('@') + 1);
        assertThat(listed.err()).contains("a lead switches it off with: parallax coders postgresql://LEAD@" + address
                + " --blind off").doesNotContain(coder);
    }

    /** What a plain SQL session of the member reads from the project's memos, as psql would. */
    private static List<String> memoTexts(String memberUrl, String stem) throws SQLException {
        return TeamMembers.firstColumn(memberUrl, stem, "SELECT text FROM memos");
    }
}
