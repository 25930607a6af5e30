package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.Coder;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamSample;
import org.parallax.ui.TeamWindow;

/**
 * Edit → Rename coder… in a team project's window: no coder is renamed there (the server matches a coder's name to a
 * member's login), so the window says why in one line before it asks which coder or what name, the coders as they were.
 */
@NeedsTestServer
class TeamCoderRenameInTheWindowTest {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aLeadIsToldInOneLineThatCodersAreRenamedOnAProjectFileOnlyBeforeBeingAskedAnything() throws Exception {
        String lead = team.publish("renamewindow");
        String coders = Cli.parallax("coders", lead).out();
        TeamWindow window = new TeamWindow(team).open(lead);
        window.dialogs.choiceAnswer = window.main.context().workbench().activeCoder().name();
        window.dialogs.textAnswers.add("Ana Lima");

        window.main.coder().renameCoder();

        assertThat(window.dialogs.choices).as("no coder asked for").isEmpty();
        assertThat(window.dialogs.textPrompts).as("no new name asked for").isEmpty();
        assertThat(window.dialogs.errors).isEmpty();
        assertThat(window.dialogs.informations).hasSize(1);
        assertThat(window.dialogs.informations.get(0)).hasLineCount(1)
                .contains("on a team project a coder is named by a member's login")
                .contains("(nothing was renamed)");
        assertThat(window.main.context().workbench().coders()).extracting(Coder::name).doesNotContain("Ana Lima");
        assertThat(window.main.undo().canUndoProperty().get()).isFalse();
        assertThat(Cli.parallax("coders", lead).out()).isEqualTo(coders);
    }
}
