package org.parallax.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;
import org.parallax.ui.TeamWindow;
import org.parallax.workbench.Workbench;

/**
 * One agreement figure on a team project: {@code parallax agreement} and the Compare tab count the same documents
 * (those both coders coded) and give the same kappa for the same two coders, whatever blind mode hides from coders.
 */
@NeedsTestServer
class TeamAgreementFigureTest {
    private static final Pattern CLI_KAPPA = Pattern.compile(
            "\\(all codes\\) +analyst +second-coder +kappa +(-?[0-9.]+) +([0-9]+)");
    private static final Pattern TAB_KAPPA = Pattern.compile("in ([0-9]+) documents? coded by both · κ = (-?[0-9.]+)");

    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void theCommandAndTheCompareTabGiveTheLeadOneKappaOverTheDocumentsBothCoded() throws Exception {
        String lead = team.publish("h1_onefigure");
        // Coders keep coding blind while the lead measures: the lead's own login is not a coder it hides.
        assertThat(Cli.parallax("coders", lead, "--blind", "on").exit()).isZero();

        Cli agreement = Cli.parallax("agreement", lead, "--coders", "analyst,second-coder");
        assertThat(agreement.exit()).as(agreement.err()).isZero();
        Matcher cli = CLI_KAPPA.matcher(agreement.out());
        assertThat(cli.find()).as(agreement.out()).isTrue();
        // The sample's second coder coded 3 of its 15 documents; the other 12 count for no figure.
        assertThat(agreement.out()).contains("3 of 15 documents compared: those both analyst and second-coder coded");

        TeamWindow window = new TeamWindow(team).open(lead);
        Workbench wb = window.main.context().workbench();
        long code = wb.codebook().code("Balance of power").id();
        for (int i = 0; i < 20; i++) {
            wb.coding().code(1, i * 10, i * 10 + 5, code, "third", null);
        }
        CompareViewModel compare = new CompareViewModel(window.main.context());
        // The tab starts on the two layers with most passages (56 and 20), counted over every layer the lead reads.
        assertThat(compare.coderAProperty().get()).isEqualTo("analyst");
        assertThat(compare.coderBProperty().get()).isEqualTo("third");
        compare.coderBProperty().set("second-coder");
        Matcher tab = TAB_KAPPA.matcher(compare.summaryProperty().get());
        assertThat(tab.find()).as(compare.summaryProperty().get()).isTrue();

        assertThat(Double.parseDouble(tab.group(2))).isEqualTo(Double.parseDouble(cli.group(1)));
        assertThat(tab.group(1)).isEqualTo("3");
        assertThat(window.dialogs.errors).isEmpty();
    }

    @Test
    void aPairPickedWhileBlindModeHidTheOtherLayersIsPickedAgainOnceItIsOff() throws Exception {
        String lead = team.publish("h1_blindpair");
        String coder = team.member(lead, "ann", "coder");
        String login = TeamMembers.login(coder);
        assertThat(Cli.parallax("code", coder, "--doc", 1, "--start", 0, "--end", 40, "--code", "Balance of power")
                .exit()).isZero();
        assertThat(Cli.parallax("coders", lead, "--blind", "on").exit()).isZero();
        TeamWindow window = new TeamWindow(team).open(coder);
        CompareViewModel compare = new CompareViewModel(window.main.context());
        // Blind: every other layer reads as empty to the coder, so the pair is the coder's own and a hidden one.
        assertThat(compare.coderAProperty().get()).isEqualTo(login);
        assertThat(compare.summaryProperty().get()).contains("is in blind mode");

        assertThat(Cli.parallax("coders", lead, "--blind", "off").exit()).isZero();
        // The limit is generous for a loaded machine: the wait ends as soon as the session has heard of the change.
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (compare.summaryProperty().get().contains("is in blind mode") && System.nanoTime() < until) {
            // What the change notification does in the window; the session may hear of it a moment later.
            Thread.sleep(50);
            compare.refresh();
        }

        // Before, the pair chosen from those zeros stayed: the coder's one passage against analyst's 56.
        assertThat(List.of(compare.coderAProperty().get(), compare.coderBProperty().get()))
                .containsExactly("analyst", "second-coder");
        Matcher tab = TAB_KAPPA.matcher(compare.summaryProperty().get());
        assertThat(tab.find()).as(compare.summaryProperty().get()).isTrue();
        assertThat(window.dialogs.errors).isEmpty();
    }
}
