package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;
import org.parallax.testutil.TestServer;

/**
 * A team project set up before the server kept blind mode's hidden memos back keeps its older rules until its owner
 * runs team init again. Parallax hid the lead's memo from a blind coder, who read "blind mode is on" while psql handed
 * them that memo. Now a member's session of such a project is read-only and says in one line what the owner runs, and
 * the owner's next command brings the rules up to date.
 */
@NeedsTestServer
class TeamOlderRulesCliTest {
    private static final String READING = "Lead's reading: deterrence above all";

    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aMemberIsToldWhatTheOwnerRunsAndTheOwnersNextCommandBringsTheRulesUpToDate() throws Exception {
        String owner = team.publish("olderrules");
        String leader = team.member(owner, "lena", "lead");
        String coder = team.member(owner, "ann", "coder");
        Cli.ok("memo", leader, "--doc", "1", "--text", READING);
        Cli.ok("coders", leader, "--blind", "on");
        setUpWithOlderRules(owner);
        assertThat(memoTexts(coder)).as("what psql hands the coder under the older rules").contains(READING);

        Cli listed = Cli.ok("memos", coder);
        assertThat(listed.out()).doesNotContain(READING);
        assertThat(listed.err()).contains("set up by an older Parallax", "blind mode",
                "parallax team init postgresql://OWNER@").doesNotContain("Exception");
        Cli write = Cli.parallax("memo", coder, "--doc", "2", "--text", "Ann's reading");
        assertThat(write.exit()).isEqualTo(1);
        assertThat(write.err().strip()).hasLineCount(1).contains("parallax team init").doesNotContain("Exception");
        Cli pull = Cli.parallax("team", "pull", coder, team.dir().resolve("ann.parallax"));
        assertThat(pull.exit()).isEqualTo(1);
        assertThat(pull.err().strip()).hasLineCount(1).contains("parallax team init", "nothing was pulled");
        assertThat(team.dir().resolve("ann.parallax")).doesNotExist();

        Cli.ok("docs", owner);
        assertThat(memoTexts(coder)).doesNotContain(READING);
        Cli.ok("memo", coder, "--doc", "2", "--text", "Ann's reading");
        assertThat(Cli.ok("memos", coder).err()).doesNotContain("older Parallax");
    }

    /** The project's rules as an older team init left them: its access script, and no record of their version. */
    private static void setUpWithOlderRules(String ownerUrl) throws Exception {
        String project = ownerUrl.substring(ownerUrl.indexOf("project=") + "project=".length());
        String script = Files.readString(Path.of("src/test/resources/older/team_access_before_blind_memos.sql"))
                .replace("{schema}", project).replace("{lead}", project + "_lead")
                .replace("{coder}", project + "_coder").replace("{reader}", project + "_reader");
        try (Connection admin = TestServer.plainSession(ownerUrl, TestServer.adminUser(ownerUrl), null)) {
            admin.createStatement().execute(script);
            admin.createStatement().execute("DROP FUNCTION IF EXISTS " + project + ".setup_version()");
        }
    }

    private static List<String> memoTexts(String memberUrl) throws SQLException {
        return TeamMembers.firstColumn(memberUrl, "ann", "SELECT text FROM memos");
    }
}
