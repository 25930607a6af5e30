package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;

/**
 * A coder removed from the team project while coding offline: the push was refused in one line that said only that
 * the owner adds them, not that the work stays in the copy nor how else it reaches the team.
 */
@NeedsTestServer
class TeamRemovedCoderPushCliTest {
    private static final String MEMO = "Offline reading of the enlargement talks";

    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aRemovedCodersPushSaysTheWorkStaysInTheCopyAndHowItStillReachesTheTeam() throws Exception {
        String lead = team.publish("h1_removed_again");
        String ann = team.member(lead, "ann", "coder");
        Path copy = offlineWork(ann);
        String before = copyContents(copy);
        Cli.ok("team", "remove-user", lead, TeamMembers.login(ann));

        Cli refused = Cli.parallax("team", "push", copy, ann);

        assertThat(refused.exit()).isOne();
        String leadAddress = lead.replaceFirst("//[^@]+@", "//LEAD@");
        assertThat(refused.err().strip()).doesNotContain("\n").contains(TeamMembers.login(ann)
                + " is not a member of team project", "so nothing was sent; your work stays in ann.parallax as it was",
                "parallax team add-user " + lead.replaceFirst("//[^@]+@", "//OWNER@") + " " + TeamMembers.login(ann)
                        + " --role coder) and you push again",
                "parallax team push ann.parallax " + leadAddress + "): its passages and memos stay "
                        + TeamMembers.login(ann) + "'s");
        assertThat(copyContents(copy)).as("nothing of the copy lost").isEqualTo(before);
        assertThat(onServer(lead)).doesNotContain(MEMO);

        team.member(lead, "ann", "coder");
        Cli again = Cli.parallax("team", "push", copy, ann);

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("1 passage sent", "1 memo sent");
        assertThat(onServer(lead)).containsPattern("document .*" + TeamMembers.login(ann) + " .*" + MEMO);
    }

    /** The lead's way: ann's copy pushed by a lead keeps ann's passages and memos hers (the memo read as the lead's). */
    @Test
    void aLeadPushingARemovedCodersCopyKeepsHerTheCoderAndTheAuthor() throws Exception {
        String lead = team.publish("h1_removed_lead");
        String ann = team.member(lead, "ann", "coder");
        String lena = team.member(lead, "lena", "lead");
        Path copy = offlineWork(ann);
        Cli.ok("team", "remove-user", lead, TeamMembers.login(ann));

        Cli pushed = Cli.parallax("team", "push", copy, lena);

        assertThat(pushed.exit()).as(pushed.err()).isZero();
        assertThat(pushed.out()).contains("1 passage sent", "1 memo sent");
        assertThat(Cli.parallax("segments", lead, "--doc", 3).out())
                .containsPattern("Balance of power .* " + TeamMembers.login(ann) + " +They discussed");
        assertThat(onServer(lead)).containsPattern("document .*" + TeamMembers.login(ann) + " +"
                + TeamMembers.login(ann) + " .*" + MEMO);
    }

    /** Pulls ann's copy and codes in it offline: one passage and one document memo. */
    private Path offlineWork(String ann) throws Exception {
        Path copy = team.dir().resolve("ann.parallax");
        Cli.ok("team", "pull", ann, copy);
        Cli.ok("code", copy, "--doc", 3, "--start", 0, "--end", 40, "--code", "Balance of power");
        Cli.ok("memo", copy, "--doc", 3, "--text", MEMO);
        return copy;
    }

    private static String copyContents(Path copy) {
        return Cli.parallax("segments", copy).out() + Cli.parallax("memos", copy, "--format", "csv").out();
    }

    private static String onServer(String lead) {
        return Cli.parallax("memos", lead, "--kind", "document").out();
    }
}
