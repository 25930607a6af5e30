package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;

/**
 * A coder of a team project in blind mode reads only their own passages (the server hides the others), so every
 * command that would compare or filter by another coder's layer is refused in one line instead of computing it
 * as empty: agreement with a hidden layer used to print 99.98 % agreement and kappa 0 as if it were a finding.
 */
@NeedsTestServer
class TeamBlindComparisonCliTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aBlindCoderIsToldThatOtherLayersAreHiddenRatherThanGivenFiguresOfAnEmptyLayer() throws Exception {
        String lead = team.publish("blindcmp");
        String coder = team.member(lead, "ann", "coder");
        String login = TeamMembers.login(coder);
        Cli coded = Cli.parallax("code", coder, "--doc", 1, "--start", 0, "--end", 40, "--code", "Balance of power");
        assertThat(coded.exit()).as(coded.err()).isZero();

        // Blind mode off: the coder reads every layer and gets the lead's figures.
        Cli open = Cli.parallax("agreement", coder, "--coders", "analyst,second-coder");
        assertThat(open.exit()).as(open.err()).isZero();
        assertThat(open.out()).isEqualTo(Cli.parallax("agreement", lead, "--coders", "analyst,second-coder").out());

        assertThat(Cli.parallax("coders", lead, "--blind", "on").exit()).isZero();
        String[][] refused = {
            {"agreement", coder, "--coders", "analyst,second-coder"},
            {"agreement", coder, "--coders", login + ",analyst"},
            {"practice", coder, "--doc", "1", "--coder", login, "--reference", "analyst"},
            {"tally", coder, "--coder", "analyst"},
            {"cooccurrence", coder, "--coder", "analyst"},
            {"timeline", coder, "--by", "year", "--coder", "analyst"},
            {"assistant", "evaluate", coder, "--coder", "analyst"},
        };
        for (String[] command : refused) {
            Cli run = Cli.parallax((Object[]) command);
            assertThat(run.exit()).as(String.join(" ", command) + ": " + run.out()).isEqualTo(1);
            assertThat(run.out()).as(String.join(" ", command)).isEmpty();
            assertThat(run.err()).as(String.join(" ", command)).hasLineCount(1)
                    .contains("is in blind mode", "your own passages (" + login + ")", "--blind off")
                    .doesNotContain("Exception");
        }
        // The coder's own layer still counts, and the lead still compares everyone.
        Cli own = Cli.parallax("tally", coder, "--coder", login);
        assertThat(own.exit()).as(own.err()).isZero();
        Cli leadAgreement = Cli.parallax("agreement", lead, "--coders", login + ",analyst");
        assertThat(leadAgreement.exit()).as(leadAgreement.err()).isZero();
        assertThat(leadAgreement.out()).contains(login + "  analyst");
    }
}
