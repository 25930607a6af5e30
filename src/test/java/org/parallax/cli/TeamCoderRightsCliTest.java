package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;
import org.parallax.testutil.TestServer;

/**
 * A coder removing or changing another member's passage or memo: row-level security changes nothing without an
 * error, and Parallax used to report "removed segment 2" and "Saved passage memo" all the same. Now it is the
 * server's refusal in one line, exit 1, and the passage and memo are as they were; the coder's own still change.
 */
@NeedsTestServer
class TeamCoderRightsCliTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void changingAnotherMembersPassageOrMemoIsRefusedAndChangesNothing() throws Exception {
        String lead = team.publish("rights");
        String coder = team.member(lead, "ann", "coder");
        String before = Cli.parallax("segments", lead, "--format", "csv").out();
        String memosBefore = Cli.parallax("memos", lead, "--format", "csv").out();
        assertThat(before).contains("\n1,").contains("analyst");

        String[][] refused = {
            {"uncode", coder, "--segment", "1"},
            {"memo", coder, "--segment", "1", "--text", "ann's view"},
            {"memo", coder, "--segment", "1", "--text", ""},
        };
        for (String[] command : refused) {
            Cli run = Cli.parallax((Object[]) command);
            String what = String.join(" ", command);
            assertThat(run.exit()).as(what + ": " + run.out()).isEqualTo(1);
            assertThat(run.out()).as(what).isEmpty();
            assertThat(run.err()).as(what).hasLineCount(1).contains("does not allow it (nothing was changed)");
        }
        assertThat(Cli.parallax("segments", lead, "--format", "csv").out()).isEqualTo(before);
        assertThat(Cli.parallax("memos", lead, "--format", "csv").out()).isEqualTo(memosBefore);

        Cli own = Cli.parallax("code", coder, "--doc", 1, "--start", 0, "--end", 20, "--code", "Balance of power");
        assertThat(own.exit()).as(own.err()).isZero();
        String id = own.out().split("\\s+")[1];
        Cli memo = Cli.parallax("memo", coder, "--segment", id, "--text", "mine");
        assertThat(memo.exit()).as(memo.err()).isZero();
        assertThat(Cli.parallax("memo", coder, "--segment", id, "--text", "mine, changed").exit()).isZero();
        assertThat(Cli.parallax("memos", lead, "--format", "csv").out()).contains("mine, changed");
        Cli uncode = Cli.parallax("uncode", coder, "--segment", id);
        assertThat(uncode.exit()).as(uncode.err()).isZero();
        assertThat(Cli.parallax("segments", lead, "--format", "csv").out()).isEqualTo(before);
    }

    /**
     * A coder removed from the team (their group role revoked) while they work: every command used to answer "no
     * team project … there (the database owner creates it with parallax team init …)", sending them to set up a
     * project that exists. Now the one line says they are not a member and who adds them back.
     */
    @Test
    void aCoderRemovedFromTheTeamIsToldSoNotThatTheProjectIsMissing() throws Exception {
        String lead = team.publish("removed");
        String coder = team.member(lead, "rob", "coder");
        assertThat(Cli.parallax("code", coder, "--doc", 1, "--start", 0, "--end", 20, "--code", "Balance of power")
                .exit()).isZero();
        String project = lead.substring(lead.indexOf("project=") + "project=".length());
        try (Connection admin = TestServer.plainSession(lead, TestServer.adminUser(lead), null)) {
            admin.createStatement().execute("REVOKE " + project + "_coder FROM " + TeamMembers.login(coder));
        }
        Cli code = Cli.parallax("code", coder, "--doc", 1, "--start", 0, "--end", 30, "--code", "Balance of power");
        Cli pull = Cli.parallax("team", "pull", coder, team.dir().resolve("offline.parallax"));
        for (Cli run : new Cli[] {code, pull, Cli.parallax("docs", coder)}) {
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).hasLineCount(1)
                    .contains(TeamMembers.login(coder) + " is not a member of team project " + project)
                    .contains("parallax team add-user postgresql://OWNER@")
                    .doesNotContain("team init", "Exception");
        }
        assertThat(team.dir().resolve("offline.parallax")).doesNotExist();
        assertThat(Cli.parallax("segments", lead, "--format", "csv").out()).contains(",0,20,")
                .doesNotContain(",0,30,");
    }
}
