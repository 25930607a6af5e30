package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.SampleTeamProjects;
import org.parallax.testutil.TeamSample;
import org.parallax.ui.TeamWindow;
import org.parallax.workbench.ProjectEvent;

/**
 * Edit → Blind coding in a team coder's window: only a lead may switch blind mode, so the server refuses the
 * coder's switch. The refusal was shown, but the check mark (and the Practice tab's box bound to it) stayed
 * switched off while the server still hid the other layers: the window showed a setting the project did not have.
 */
@NeedsTestServer
class TeamBlindSwitchTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aCoderSwitchingBlindModeOffIsRefusedAndTheSwitchShowsTheServersSettingAgain() throws Exception {
        String lead = team.publish("blindswitch");
        String coder = team.member(lead, "bea", "coder");
        assertThat(Cli.parallax("coders", lead, "--blind", "on").exit()).isZero();

        TeamWindow window = new TeamWindow(team).open(coder);
        MainViewModel main = window.main;
        assertThat(main.coder().blindProperty().get()).isTrue();

        main.coder().blindProperty().set(false);

        assertThat(window.dialogs.errors).hasSize(1);
        assertThat(window.dialogs.errors.get(0)).contains("does not allow it (nothing was changed)");
        assertThat(main.coder().blindProperty().get()).as("the switch shows what the server kept").isTrue();
        assertThat(main.context().workbench().blindMode()).isTrue();
        assertThat(main.status().coderProperty().get()).contains("(blind)");

        // The lead switches it off meanwhile: the coder's switch follows the server's setting.
        BlockingQueue<ProjectEvent> heard = new LinkedBlockingQueue<>();
        main.context().onEvent(heard::add);
        assertThat(Cli.parallax("coders", lead, "--blind", "off").exit()).isZero();
        // The server's notice reaches the window on the UI thread's turn, as Platform.runLater would deliver it.
        window.tasks.deliverUntil(() -> heard.contains(ProjectEvent.CODERS),
                Duration.ofSeconds(SampleTeamProjects.EVENT_WAIT_SECONDS));
        assertThat(main.coder().blindProperty().get()).isFalse();
        assertThat(window.dialogs.errors).hasSize(1);
    }
}
