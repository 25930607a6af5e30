package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;
import org.parallax.ui.TeamWindow;
import org.parallax.workbench.Disagreement.Side;

/**
 * The Compare tab of a team coder in blind mode: the server hides the other layers, so the tab says so in place of
 * the comparison, and no error dialog comes back at every refresh (each change another member makes refreshes it).
 */
@NeedsTestServer
class TeamBlindCompareViewModelTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();
    private TeamWindow window;

    @Test
    void aBlindCoderSeesWhyThereIsNoComparisonAndNoDialog() throws Exception {
        String lead = team.publish("blindtab");
        String coder = team.member(lead, "ann", "coder");
        String login = TeamMembers.login(coder);
        assertThat(Cli.parallax("coders", lead, "--blind", "on").exit()).isZero();

        CompareViewModel compare = compareAs(coder);
        compare.refresh();
        compare.refresh();

        assertThat(compare.summaryProperty().get()).contains("is in blind mode", "your own passages (" + login + ")",
                "--blind off");
        assertThat(compare.disagreements()).isEmpty();
        assertThat(window.dialogs.errors).isEmpty();

        compare.coderBProperty().set(login);
        assertThat(compare.summaryProperty().get()).contains("is in blind mode", "passages of analyst");
        assertThat(window.dialogs.errors).isEmpty();
    }

    @Test
    void aCoderIsNotOfferedAcceptWhichOnlyALeadMayDo() throws Exception {
        String lead = team.publish("settle");
        String coder = team.member(lead, "bea", "coder");
        assertThat(Cli.parallax("coders", lead, "--blind", "off").exit()).isZero();

        CompareViewModel compare = compareAs(coder);
        compare.refresh();
        compare.selectedProperty().set(compare.disagreements().stream().filter(d -> d.a() != null && d.b() != null)
                .findFirst().orElseThrow());

        // before, both were enabled and each click ended in "the server refused this change"
        assertThat(compare.canAccept(Side.A).get()).isFalse();
        assertThat(compare.canAccept(Side.B).get()).isFalse();
        assertThat(compare.settleNoteProperty().get()).isEqualTo("Only a lead settles disagreements (you are coder)");
        assertThat(window.dialogs.errors).isEmpty();
    }

    @Test
    void theLeadSettles() throws Exception {
        String lead = team.publish("settlelead");
        CompareViewModel compare = compareAs(lead);
        compare.selectedProperty().set(compare.disagreements().stream().filter(d -> d.a() != null)
                .findFirst().orElseThrow());

        assertThat(compare.settleNoteProperty().get()).isEmpty();
        assertThat(compare.canAccept(Side.A).get()).isTrue();
        compare.accept(Side.A);
        assertThat(window.dialogs.errors).isEmpty();
        assertThat(compare.summaryProperty().get()).contains("1 resolved");
    }

    /** The Compare tab of the member's window, comparing analyst's passages with second-coder's. */
    private CompareViewModel compareAs(String memberUrl) {
        window = new TeamWindow(team);
        CompareViewModel compare = new CompareViewModel(window.main.context());
        window.open(memberUrl);
        compare.coderAProperty().set("analyst");
        compare.coderBProperty().set("second-coder");
        return compare;
    }
}
