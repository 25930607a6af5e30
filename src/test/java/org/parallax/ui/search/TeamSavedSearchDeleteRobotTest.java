package org.parallax.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.SavedSearch;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;
import org.parallax.ui.FxThread;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * A member of a team project deleting a saved search in the Search tab: a search another member saved is refused in
 * one line before anything is asked, and one's own is deleted once the member says yes. Before, the window offered no
 * way to delete a saved search at all.
 */
@NeedsTestServer
class TeamSavedSearchDeleteRobotTest extends RobotWindow {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aCoderIsToldAnotherMembersSearchIsTheirsAndDeletesTheirOwnAfterSayingYes(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().isOpen());
        String lead = team.publish("deletesearchwindow");
        String coder = team.member(lead, "cleo", "coder");
        try (Workbench wb = Workbench.open(lead, null)) {
            wb.search().save("threats", "threat");
        }
        try (Workbench wb = Workbench.open(coder, null)) {
            wb.search().save("mine", "treaty");
        }
        openTeamProject(robot, coder);
        selectTab(robot, "Search");
        @SuppressWarnings("unchecked")
        ComboBox<SavedSearch> saved = find(robot, "#savedSearches", ComboBox.class);
        waitUntil(() -> read(() -> saved.getItems().size()) == 2);

        choose(robot, saved, "threats");
        press(robot);
        waitUntil(() -> dialogs.informations.size() == 1);
        assertThat(dialogs.informations).containsExactly("another member (" + TeamMembers.login(lead) + ") saved "
                + "the search 'threats', so only they delete it (nothing was changed)");
        assertThat(dialogs.confirmations).as("nothing asked").isEmpty();

        dialogs.confirmAnswer = false;
        choose(robot, saved, "mine");
        press(robot);
        waitUntil(() -> dialogs.confirmations.size() == 1);
        assertThat(dialogs.confirmations).containsExactly("Delete the saved search “mine” (treaty)?");
        dialogs.confirmAnswer = true;
        press(robot);
        waitUntil(() -> read(() -> saved.getItems().size()) == 1);
        assertThat(copy(saved::getItems)).extracting(SavedSearch::name).containsExactly("threats");
        assertThat(read(saved::getValue)).as("the deleted search no longer chosen").isNull();
        assertThat(disabled(robot, "#deleteSavedSearch")).isTrue();
        assertThat(dialogs.confirmations).hasSize(2);
        assertThat(dialogs.errors).isEmpty();
        try (Workbench check = Workbench.open(lead, null)) {
            assertThat(check.search().saved()).extracting(SavedSearch::name).containsExactly("threats");
        }
    }

    private static void choose(FxRobot robot, ComboBox<SavedSearch> saved, String name) {
        robot.interact(() -> saved.setValue(saved.getItems().stream().filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow()));
    }

    private static void press(FxRobot robot) {
        robot.interact(() -> FxThread.find(robot, "#deleteSavedSearch", Button.class).fire());
    }
}
