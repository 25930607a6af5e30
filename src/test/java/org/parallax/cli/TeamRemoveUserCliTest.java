package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.Code;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;
import org.parallax.workbench.Workbench;

/**
 * Removing a member used to take a REVOKE typed into psql. {@code team remove-user} takes them out of the project:
 * they can no longer open or change it, even from a window they had open; their passages stay, attributed to them;
 * the project is never left without a lead, and nobody removes themselves by mistake.
 */
@NeedsTestServer
class TeamRemoveUserCliTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aRemovedMemberCanNoLongerOpenOrChangeTheProjectAndTheirPassagesStay() throws Exception {
        String lead = team.publish("remove");
        String ann = team.member(lead, "ann", "coder");
        String login = TeamMembers.login(ann);
        Cli coded = Cli.parallax("code", ann, "--doc", 1, "--start", 0, "--end", 20, "--code", "Balance of power");
        assertThat(coded.exit()).as(coded.err()).isZero();
        String passage = coded.out().split("\\s+")[1];

        try (Workbench window = Workbench.open(ann, () -> "ann pass".toCharArray())) {
            Code code = window.codebook().current().codes().get(0);
            long doc = window.documents().list().get(0).id();
            Cli remove = Cli.parallax("team", "remove-user", lead, login);
            assertThat(remove.exit()).as(remove.err()).isZero();
            assertThat(remove.out().strip()).isEqualTo(login + " is no longer a member of " + lead
                    + " (was coder); their 1 passage stays, attributed to " + login);
            String before = Cli.parallax("segments", lead, "--format", "csv").out();

            assertThatThrownBy(() -> window.coding().code(doc, 30, 40, code.id(), null))
                    .isInstanceOf(ParallaxException.class).hasMessageContaining(login + " is not a member of team")
                    .hasMessageContaining("nothing was changed");
            assertThatThrownBy(() -> window.coding().segments()).hasMessageContaining("is not a member of team");
            assertThat(Cli.parallax("segments", lead, "--format", "csv").out()).isEqualTo(before);
        }

        for (Cli run : new Cli[] {Cli.parallax("docs", ann), Cli.parallax("uncode", ann, "--segment", passage),
            Cli.parallax("team", "pull", ann, team.dir().resolve("offline.parallax"))}) {
            assertThat(run.exit()).isEqualTo(1);
            assertThat(run.err()).hasLineCount(1).contains(login + " is not a member of team project")
                    .doesNotContain("Exception");
        }
        assertThat(team.dir().resolve("offline.parallax")).doesNotExist();
        assertThat(Cli.parallax("segments", lead, "--format", "csv").out()).contains("\n" + passage + ",")
                .contains("," + login);

        Cli again = Cli.parallax("team", "remove-user", lead, login);
        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).hasLineCount(1).contains(login + " is not a member of team project")
                .contains("nothing was changed");
    }

    @Test
    void theLastLeadAndOneselfCannotBeRemovedNorALeadWithoutTheRightToManageRoles() throws Exception {
        String lead = team.publish("leads");
        String lena = team.member(lead, "lena", "lead");
        String cy = team.member(lead, "cy", "coder");

        Cli last = Cli.parallax("team", "remove-user", lead, TeamMembers.login(lena));
        assertThat(last.exit()).isEqualTo(1);
        assertThat(last.err()).hasLineCount(1).contains(TeamMembers.login(lena) + " is the last lead of team project")
                .contains("nothing was changed");
        assertThatThrownBy(() -> team.member(lead, "lena", "coder")).hasMessageContaining("is the last lead");
        assertThat(Cli.parallax("docs", lena).exit()).isZero();

        Cli self = Cli.parallax("team", "remove-user", lena, TeamMembers.login(lena));
        assertThat(self.exit()).isEqualTo(1);
        assertThat(self.err()).hasLineCount(1).contains("cannot remove themselves");

        Cli noRight = Cli.parallax("team", "remove-user", lena, TeamMembers.login(cy));
        assertThat(noRight.exit()).isEqualTo(1);
        assertThat(noRight.err()).hasLineCount(1).contains("permission denied").doesNotContain("Exception");
        assertThat(Cli.parallax("docs", cy).exit()).isZero();

        team.member(lead, "max", "lead");
        Cli removed = Cli.parallax("team", "remove-user", lead, TeamMembers.login(lena));
        assertThat(removed.exit()).as(removed.err()).isZero();
        assertThat(removed.out()).contains("(was lead); their 0 passages stay");
        assertThat(Cli.parallax("docs", lena).exit()).isEqualTo(1);
        assertThat(Cli.parallax("docs", cy).exit()).isZero();
    }
}
