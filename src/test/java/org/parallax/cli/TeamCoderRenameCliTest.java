package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;

/**
 * On a team project the server gives a member their passages by matching a coder's name to their login: a coder
 * renamed there would be parted from their own passages, and a name made another member's login would hand them to
 * that member. Renaming is refused on a team project, for a lead too, in one line, the coders and passages as they were.
 */
@NeedsTestServer
class TeamCoderRenameCliTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aLeadCannotRenameAMembersCoderAndTheMemberKeepsTheirPassages() throws Exception {
        String lead = team.publish("rename");
        String coder = team.member(lead, "ann", "coder");
        String login = TeamMembers.login(coder);
        Cli own = Cli.parallax("code", coder, "--doc", 1, "--start", 0, "--end", 20, "--code", "Balance of power");
        assertThat(own.exit()).as(own.err()).isZero();
        String coders = Cli.parallax("coders", lead).out();
        String segments = Cli.parallax("segments", lead, "--format", "csv").out();
        assertThat(coders).contains(login);

        for (String[] command : new String[][] {
            {"coders", lead, "--rename", login, "Ann Other"},
            {"coders", lead, "--rename", "analyst", login + "x"},
        }) {
            Cli run = Cli.parallax((Object[]) command);
            String what = String.join(" ", command);
            assertThat(run.exit()).as(what + ": " + run.out()).isEqualTo(1);
            assertThat(run.err()).as(what).hasLineCount(1).contains("on a team project a coder is named by a "
                    + "member's login").contains("(nothing was renamed)").doesNotContain("Exception");
        }
        assertThat(Cli.parallax("coders", lead).out()).isEqualTo(coders);
        assertThat(Cli.parallax("segments", lead, "--format", "csv").out()).isEqualTo(segments);
        Cli again = Cli.parallax("code", coder, "--doc", 1, "--start", 30, "--end", 50, "--code", "Balance of power");
        assertThat(again.exit()).as(again.err()).isZero();
    }
}
