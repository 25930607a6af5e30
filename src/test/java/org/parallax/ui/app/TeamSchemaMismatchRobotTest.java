package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.store.TeamUrl;
import org.parallax.store.jdbc.Migrations;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TeamSample;
import org.parallax.testutil.TestServer;
import org.parallax.ui.FxThread;
import org.parallax.ui.RobotWindow;
import org.testfx.api.FxRobot;

/**
 * The window opening a team project whose schema on the server is not this Parallax's: one line saying who must do
 * what, and the project open before stays open. A newer schema said "project was written by a newer Parallax", a
 * project file's words, and the owner of an older one was sent to "the database owner" with OWNER for their login.
 */
@NeedsTestServer
class TeamSchemaMismatchRobotTest extends RobotWindow {
    @RegisterExtension
    final TeamSample team = new TeamSample();

    @Test
    void aNewerSchemaAsksForAnUpdatedParallaxAndAnOlderOneForTeamInitByItsOwner(FxRobot robot) throws Exception {
        waitUntil(() -> main.context().isOpen());
        String title = FxThread.call(() -> main.titleProperty().get());
        String older = mismatched("schemaold", -1);
        String olderCoder = team.member(older, "cora", "coder");
        String newer = mismatched("schemanew", 1);
        String newerCoder = team.member(newer, "carl", "coder");
        String admin = TestServer.adminUser(older);
        int latest = Migrations.latest();

        assertThat(refusalOpening(robot, olderCoder)).isEqualTo(TeamUrl.parse(olderCoder) + ": the team project has "
                + "schema version " + (latest - 1) + " and this Parallax needs " + latest + ": the database owner "
                + "upgrades it with parallax team init postgresql://OWNER@" + TeamUrl.parse(older).projectAddress());
        assertThat(refusalOpening(robot, older)).isEqualTo(TeamUrl.parse(older) + ": the team project has schema "
                + "version " + (latest - 1) + " and this Parallax needs " + latest + "; you own it, so bring it up to "
                + "date (what it holds is kept) with: parallax team init postgresql://" + admin + "@"
                + TeamUrl.parse(older).projectAddress());
        String newerLine = ": the team project was set up by a newer Parallax (schema version " + (latest + 1)
                + " and this Parallax reads up to " + latest + "): update Parallax on this computer to open it; "
                + "nothing was opened";
        assertThat(refusalOpening(robot, newerCoder)).isEqualTo(TeamUrl.parse(newerCoder) + newerLine);
        assertThat(refusalOpening(robot, newer)).isEqualTo(TeamUrl.parse(newer) + newerLine);

        assertThat(FxThread.call(() -> main.titleProperty().get())).as("the project open before stays").isEqualTo(title);
        assertThat(FxThread.call(() -> main.recentProjects().stream().filter(p -> p.startsWith("postgresql:")).toList()))
                .isEmpty();
    }

    /** A copy of the sample on the server, its schema version then moved by {@code delta}: the owner's URL. */
    private String mismatched(String stem, int delta) throws Exception {
        String owner = team.publish(stem);
        try (Connection admin = TestServer.plainSession(owner, TestServer.adminUser(owner), null)) {
            admin.createStatement().execute("UPDATE " + TeamUrl.parse(owner).requireProject()
                    + ".schema_version SET version = version + (" + delta + ")");
        }
        return owner;
    }

    /** The one error the window shows when told to open {@code url}. */
    private String refusalOpening(FxRobot robot, String url) throws Exception {
        dialogs.errors.clear();
        robot.interact(() -> main.openTeam(url, null));
        waitUntil(() -> !dialogs.errors.isEmpty());
        drainTasks();
        assertThat(dialogs.errors).hasSize(1);
        String line = dialogs.errors.get(0);
        assertThat(line).hasLineCount(1).doesNotContain("Exception");
        return line;
    }
}
