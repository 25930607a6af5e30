package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.TeamRole;
import org.parallax.testutil.OwnTestServer;
import org.parallax.testutil.TestServer;
import org.parallax.ui.RobotWindow;
import org.parallax.ui.common.TeamProjectRequest;
import org.parallax.workbench.Team;
import org.parallax.workbench.Workbench;
import org.testfx.api.FxRobot;

/**
 * The real window on a team project of the test server: File → Open team project… with a password asked only
 * when needed and never remembered, the title and status naming the project and the user's role, a blind coder
 * seeing only their own layer, and other members' changes showing without any action in this window; failures
 * are one line in a dialog while the window stays usable.
 */
@OwnTestServer
class TeamWindowRobotTest extends RobotWindow {
    @Test
    void aCoderOpensTheTeamProjectAndSeesOtherMembersChangesLive(FxRobot robot) throws Exception {
        String project = TestServer.freshProjectName("window");
        Path file = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve(project + ".parallax"));
        String url = TestServer.withProject(TestServer.freshDatabase(), project);
        Team.publish(file, url, null, null);
        String coder = project + "_cora";
        Team.addUser(url, null, coder, TeamRole.CODER, "cora-pw".toCharArray(), null);
        String withoutUser = url.replaceFirst("//[^@]+@", "//");
        waitUntil(() -> main.context().isOpen());
        try (Workbench lead = Workbench.open(url, null)) {
            int total = lead.analysis().table1().total().segments();
            lead.setBlindMode(true);

            dialogs.passwordAnswers.add("not-her-password");
            dialogs.teamProjectAnswers.add(new TeamProjectRequest(withoutUser, coder));
            robot.interact(() -> new ProjectActions(main, dialogs).openTeamProject());
            waitUntil(() -> !dialogs.errors.isEmpty());
            assertThat(dialogs.errors).singleElement().asString()
                    .contains("refused the user name or password").doesNotContain("Exception").hasLineCount(1);
            assertThat(dialogs.passwordPrompts).singleElement().asString().contains("postgresql://" + coder + "@");
            dialogs.errors.clear();

            dialogs.passwordAnswers.add("cora-pw");
            robot.interact(() -> main.openTeam(withoutUser, coder));
            waitUntil(() -> main.titleProperty().get().contains("team project " + project));
            assertThat(read(() -> main.titleProperty().get())).endsWith("(coder)");
            waitUntil(() -> main.status().projectProperty().get().contains("you are coder"));
            String remembered = main.recentProjects().get(0);
            assertThat(remembered).startsWith("postgresql://" + coder + "@").contains("project=" + project)
                    .doesNotContain("cora-pw");
            assertThat(Files.readString(main.settingsFile().file())).doesNotContain("cora-pw");
            // Blind mode: the server lets her read only her own layer, which is empty.
            waitUntil(() -> main.table1().matrixProperty().get() != null
                    && main.table1().matrixProperty().get().total().segments() == 0);
            assertThat(read(() -> main.status().coderProperty().get())).contains(coder, "blind");

            // The lead switches blind mode off: her window reloads and now counts every layer.
            lead.setBlindMode(false);
            waitUntil(() -> main.table1().matrixProperty().get().total().segments() == total);

            Document doc = lead.documents().list().get(0);
            Code code = lead.codebook().current().codes().stream().filter(c -> c.frameId() != null).findFirst()
                    .orElseThrow();
            lead.coding().code(doc.id(), 1, 9, code.id(), null);
            int more = lead.analysis().table1().total().segments();
            waitUntil(() -> main.table1().matrixProperty().get().total().segments() == more);
            waitUntil(() -> main.status().countsProperty().get().contains(lead.coding().segments().size() + " passages"));

            lead.codebook().updateCode(new Code(code.id(), code.parentId(), code.frameId(), code.scenarioId(),
                    "Renamed by the lead", code.color(), code.definition(), code.shortcut(), code.position(),
                    code.inclusion(), code.exclusion(), code.version()));
            waitUntil(() -> main.codebook().codebook().codes().stream()
                    .anyMatch(c -> c.name().equals("Renamed by the lead")));

            DocumentMeta m = doc.meta();
            lead.documents().updateMeta(doc.id(), new DocumentMeta("Retitled by the lead", m.date(), m.type(),
                    m.actor(), m.language(), m.scenario(), m.attributes()));
            waitUntil(() -> main.documents().rows().stream().anyMatch(r -> r.title().equals("Retitled by the lead")));
        }
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aReaderGetsTheReadOnlyBannerAndAServerThatIsDownIsOneLine(FxRobot robot) throws Exception {
        String project = TestServer.freshProjectName("reader");
        Path file = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve(project + ".parallax"));
        String url = TestServer.withProject(TestServer.freshDatabase(), project);
        Team.publish(file, url, null, null);
        String reader = project + "_rex";
        Team.addUser(url, null, reader, TeamRole.READER, "rex-pw".toCharArray(), null);
        waitUntil(() -> main.context().isOpen());

        dialogs.passwordAnswers.add("rex-pw");
        robot.interact(() -> main.openTeam(url.replaceFirst("//[^@]+@", "//" + reader + "@"), ""));
        waitUntil(() -> main.titleProperty().get().endsWith("(reader)"));
        waitUntil(() -> main.backups().bannerProperty().get().contains("your role in this team project is reader"));
        assertThat(read(() -> main.backups().bannerProperty().get())).startsWith("team project " + project)
                .as("what a reader can and cannot do").endsWith("is reader: to code in it, ask the project's lead for "
                        + "the coder role. You can read, search, analyse and export it; nothing you code, write or "
                        + "change is saved or sent to the team.");

        robot.interact(() -> main.openTeam("postgresql://127.0.0.1:1/nowhere?project=absent", "someone"));
        waitUntil(() -> !dialogs.errors.isEmpty());
        assertThat(dialogs.errors).singleElement().asString().contains("cannot reach the server")
                .doesNotContain("Exception").hasLineCount(1);
        // The failed attempt left the reader's project open.
        assertThat(read(() -> main.titleProperty().get())).endsWith("(reader)");
        // Nobody is asked for a password by a server that is not there.
        assertThat(dialogs.passwordPrompts).hasSize(1);
    }

    /**
     * The server goes away under an open window: the status bar says so, a passage coded meanwhile waits for the
     * server, and once it is back the window reconnects by itself and saves the passage once, with no dialog.
     */
    @Test
    void theWindowSaysTheServerWentAwayAndRecoversByItself(FxRobot robot) throws Exception {
        String project = TestServer.freshProjectName("restart");
        Path file = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve(project + ".parallax"));
        String url = TestServer.withProject(TestServer.freshDatabase(), project);
        Team.publish(file, url, null, null);
        waitUntil(() -> main.context().isOpen());
        robot.interact(() -> main.openTeam(url, ""));
        waitUntil(() -> main.titleProperty().get().contains("team project " + project));
        waitUntil(() -> !main.documents().rows().isEmpty() && !main.codebook().roots().isEmpty());
        Document doc = read(() -> main.documents().rows().get(0).document());
        Code code = main.codebook().codebook().codes().stream().filter(c -> c.frameId() != null).findFirst()
                .orElseThrow();
        robot.interact(() -> main.documents().select(doc.id()));
        var area = window.text().area();
        waitUntil(() -> area.getLength() > 40);
        int before = passages(url, doc.id(), 3, 30);

        try {
            TestServer.halt();
            // Idle, the window still learns the server is gone: its listening connection was cut off.
            waitUntil(() -> main.status().connectionProperty().get().startsWith("Team server"));
            robot.interact(() -> {
                area.requestFocus();
                area.selectRange(3, 30);
            });
            robot.interact(() -> {
                main.document().snapToWordsProperty().set(false);
                main.document().codeSelection(code.id());
            });
            // The passage waits for the server, trying again every second.
            waitUntil(() -> main.status().connectionProperty().get().contains("(try "));
        } finally {
            TestServer.restart();
        }
        waitUntil(() -> main.status().connectionProperty().get().isEmpty());
        waitOffTheWindow(() -> passages(url, doc.id(), 3, 30) == before + 1);
        // It was saved once, and the window shows it.
        waitUntil(() -> main.document().documentProperty().get().passages().stream()
                .filter(s -> s.start() == 3 && s.end() == 30).count() == before + 1);
        assertThat(passages(url, doc.id(), 3, 30)).isEqualTo(before + 1);
        assertThat(dialogs.errors).isEmpty();
        assertThat(read(() -> main.status().lastResultProperty().get())).doesNotContain("Exception");
    }

    /** How many passages the server holds on {@code [start, end)} of a document, asked in a session of its own. */
    private static int passages(String url, long document, int start, int end) {
        try (Workbench wb = Workbench.open(url, null)) {
            return (int) wb.coding().segmentsOfDocument(document).stream()
                    .filter(s -> s.start() == start && s.end() == end).count();
        }
    }
}
