package org.parallax.ui.memos;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.MemoKind;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamSample;
import org.parallax.ui.TeamWindow;

/**
 * The memo pane of a team coder on a document memo the lead wrote, in blind mode: it said the memo could be read
 * "until blind mode is off", which a coder cannot switch; it now says a lead switches it off, and a lead's pane keeps
 * the plain line.
 */
@NeedsTestServer
class TeamBlindMemoPaneViewModelTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aCoderIsToldALeadSwitchesBlindModeOffAndALeadIsNot() throws Exception {
        String owner = team.publish("blindpane");
        String leader = team.member(owner, "lena", "lead");
        String coder = team.member(owner, "ann", "coder");
        String other = team.member(owner, "ben", "lead");
        Cli.ok("memo", other, "--doc", "1", "--text", "Ben's reading");
        Cli.ok("coders", leader, "--blind", "on");

        assertThat(hiddenLineSeenBy(coder)).endsWith("until a lead switches blind mode off");
        assertThat(hiddenLineSeenBy(leader)).isEqualTo(MemoViewModel.HIDDEN);
    }

    /** The line the memo pane shows under document 1's memo for the member of that URL. */
    private String hiddenLineSeenBy(String memberUrl) {
        try (TeamWindow window = new TeamWindow(team).open(memberUrl)) {
            MemoViewModel memo = window.main.memo();
            memo.kindProperty().set(MemoKind.DOCUMENT);
            memo.documentIdProperty().set(1L);
            assertThat(memo.availableProperty().get()).isFalse();
            assertThat(window.dialogs.errors).isEmpty();
            return memo.detailsProperty().get();
        }
    }
}
