package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamMembers;
import org.parallax.testutil.TeamSample;
import org.parallax.ui.RobotWindow;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * The real window of a team member whose role a lead changes while it is open. It kept the role it opened with: a
 * reader made coder kept "(reader)" in the title and the read-only banner, and every passage coded was refused as a
 * reader's until the project was opened again. Now the title and the banner follow the role within seconds, with no
 * action of the member's; the coder's passage is saved, counted in Table 1 and read by another member; made reader
 * again, the window says so and refuses the next passage in one line.
 */
@NeedsTestServer
class TeamRoleChangedInTheWindowRobotTest extends RobotWindow {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void theTitleAndBannerFollowTheRoleAndTheCodedPassageReachesTheTeam(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().isOpen());
        String lead = team.publish("rolewindow");
        String rex = team.member(lead, "rex", "reader");
        openTeamProject(robot, rex);
        waitUntil(() -> main.titleProperty().get().endsWith("(reader)"));
        waitUntil(() -> main.backups().bannerProperty().get().contains("is reader"));
        waitUntil(() -> !main.documents().rows().isEmpty() && !main.codebook().roots().isEmpty()
                && main.table1().matrixProperty().get() != null);
        int counted = read(() -> main.table1().matrixProperty().get().total().segments());

        team.member(lead, "rex", "coder");
        waitUntil(() -> main.titleProperty().get().endsWith("(coder)"));
        waitUntil(() -> main.backups().bannerProperty().get().isEmpty());
        waitUntil(() -> main.status().projectProperty().get().endsWith("you are coder"));

        Document doc = read(() -> main.documents().rows().get(0).document());
        Code code = main.codebook().codebook().codes().stream().filter(c -> c.frameId() != null).findFirst()
                .orElseThrow();
        codeRange(robot, doc, code, 3, 30);
        waitUntil(() -> main.table1().matrixProperty().get().total().segments() == counted + 1);
        try (Workbench other = Workbench.open(lead, null)) {
            long rexId = other.coders().stream().filter(c -> c.name().equals(TeamMembers.login(rex))).findFirst()
                    .orElseThrow().id();
            assertThat(other.coding().segmentsOfDocument(doc.id())).filteredOn(s -> s.start() == 3 && s.end() == 30
                    && s.codeId() == code.id() && s.coderId() == rexId).hasSize(1);
        }
        assertThat(dialogs.errors).isEmpty();

        team.member(lead, "rex", "reader");
        waitUntil(() -> main.titleProperty().get().endsWith("(reader)"));
        waitUntil(() -> main.backups().bannerProperty().get().contains("is reader"));
        codeRange(robot, doc, code, 40, 60);
        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString().contains("reader").doesNotContain("Exception")
                .hasLineCount(1);
        try (Workbench other = Workbench.open(lead, null)) {
            assertThat(other.coding().segmentsOfDocument(doc.id())).noneMatch(s -> s.start() == 40 && s.end() == 60);
        }
    }

    private void codeRange(FxRobot robot, Document doc, Code code, int start, int end) throws Exception {
        robot.interact(() -> main.documents().select(doc.id()));
        var area = window.text().area();
        waitUntil(() -> area.getLength() > end);
        robot.interact(() -> {
            area.requestFocus();
            area.selectRange(start, end);
        });
        robot.interact(() -> {
            main.document().snapToWordsProperty().set(false);
            main.document().codeSelection(code.id());
        });
    }
}
