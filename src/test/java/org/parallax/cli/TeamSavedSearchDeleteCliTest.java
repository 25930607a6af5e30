package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;

/**
 * search --delete-saved NAME on a team project: a search another member saved is refused in one line naming them,
 * one's own is deleted, and a name no search has is said as such. Before, the command line offered no way to delete
 * a saved search.
 */
@NeedsTestServer
class TeamSavedSearchDeleteCliTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aMemberDeletesTheirOwnSavedSearchAndIsRefusedAnotherMembersInOneLine() throws Exception {
        String lead = team.publish("deletesearchcli");
        String coder = team.member(lead, "cleo", "coder");
        Cli.ok("search", lead, "threat", "--save", "threats");
        Cli.ok("search", coder, "treaty", "--save", "mine");

        Cli refused = Cli.parallax("search", coder, "--delete-saved", "threats");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).hasLineCount(1).endsWith("another member (" + TeamMembers.login(lead)
                + ") saved the search 'threats', so only they delete it (nothing was changed)");
        Cli unknown = Cli.parallax("search", coder, "--delete-saved", "nothing");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err().strip()).hasLineCount(1).contains("No saved search named 'nothing'");

        assertThat(Cli.ok("search", coder, "--delete-saved", "mine").out().strip())
                .isEqualTo("Deleted the saved search 'mine'");
        String listed = Cli.ok("search", lead, "--saved").out();
        assertThat(listed).contains("threats").doesNotContain("mine");
    }
}
