package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.testutil.SampleTeamProjects.awaitEvent;

import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.Segment;
import org.parallax.model.TeamRole;
import org.parallax.testutil.MatrixCells;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.SampleTeamProjects;
import org.parallax.testutil.TestServer;

/**
 * Two members' clients on one team project, each with its own connection to the test server: what one commits
 * reaches the other's open project through the server's notifications (polling is off), with the part that changed,
 * and the other's Table 1 then counts it. How soon (within a second) is the benchmark's figure.
 */
@NeedsTestServer
class TeamLiveUpdatesTest {
    @RegisterExtension
    static final SampleTeamProjects team = new SampleTeamProjects();
    /** So long that only a notification, never the idle poll of a project file, can explain an update in time. */
    private static final Duration NO_POLLING = Duration.ofHours(1);

    @Test
    void anotherMembersCodingCodebookAndDocumentEditsReachAnOpenWindow() throws Exception {
        String project = TestServer.freshProjectName("live");
        String url = team.publish(project);
        String coder = project + "_cora";
        String lead = project + "_lena";
        Team.addUser(url, null, coder, TeamRole.CODER, "cora-pw".toCharArray(), null);
        Team.addUser(url, null, lead, TeamRole.LEAD, "lena-pw".toCharArray(), null);
        try (Workbench window = Workbench.open(TestServer.asLogin(url, lead), "lena-pw"::toCharArray);
                Workbench other = Workbench.open(TestServer.asLogin(url, coder), "cora-pw"::toCharArray)) {
            BlockingQueue<ProjectEvent> heard = new LinkedBlockingQueue<>();
            window.addListener(heard::add);
            window.watchOutsideChanges(NO_POLLING);
            int before = window.coding().segments().size();
            Document doc = window.documents().list().get(0);
            Code code = window.codebook().current().codes().stream().filter(c -> c.frameId() != null).findFirst()
                    .orElseThrow();
            heard.clear();

            Segment coded = other.coding().code(doc.id(), 3, 17, code.id(), null);
            awaitEvent(heard, ProjectEvent.SEGMENTS);
            assertThat(window.coding().segments()).hasSize(before + 1).anyMatch(s -> s.id() == coded.id());
            try (Workbench recount = Workbench.open(url, null)) {
                assertThat(MatrixCells.of(window.analysis().table1()))
                        .isEqualTo(MatrixCells.of(recount.analysis().table1()));
            }

            try (Workbench otherLead = Workbench.open(url, null)) {
                heard.clear();
                Code renamed = otherLead.codebook().current().codes().stream().filter(c -> c.id() == code.id())
                        .findFirst().orElseThrow();
                otherLead.codebook().updateCode(new Code(renamed.id(), renamed.parentId(), renamed.frameId(),
                        renamed.scenarioId(), "Renamed elsewhere", renamed.color(), renamed.definition(),
                        renamed.shortcut(), renamed.position(), renamed.inclusion(), renamed.exclusion(),
                        renamed.version()));
                awaitEvent(heard, ProjectEvent.CODEBOOK);
                assertThat(window.codebook().current().codes()).anyMatch(c -> c.name().equals("Renamed elsewhere"));

                heard.clear();
                DocumentMeta m = doc.meta();
                otherLead.documents().updateMeta(doc.id(), new DocumentMeta("Retitled elsewhere", m.date(), m.type(),
                        m.actor(), m.language(), m.scenario(), m.attributes()));
                awaitEvent(heard, ProjectEvent.DOCUMENTS);
                assertThat(window.documents().require(doc.id()).title()).isEqualTo("Retitled elsewhere");
            }

        }
    }

    @Test
    void changesAreHeardAgainAfterTheListeningConnectionIsCut() throws Exception {
        String project = TestServer.freshProjectName("relisten");
        String url = team.publish(project);
        try (Workbench window = Workbench.open(url, null); Workbench other = Workbench.open(url, null)) {
            BlockingQueue<ProjectEvent> heard = new LinkedBlockingQueue<>();
            window.addListener(heard::add);
            window.watchOutsideChanges(NO_POLLING);
            try (var admin = TestServer.plainSession(url, TestServer.adminUser(url), null);
                    var st = admin.createStatement()) {
                st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'Parallax listening'"
                        + " AND datname = current_database()");
            }
            // Reconnected, the feed reports everything as changed, since what happened in between is unknown.
            awaitEvent(heard, ProjectEvent.SEGMENTS);
            heard.clear();
            Document doc = other.documents().list().get(0);
            Code code = other.codebook().current().codes().stream().filter(c -> c.frameId() != null).findFirst()
                    .orElseThrow();
            Segment coded = other.coding().code(doc.id(), 5, 9, code.id(), null);
            awaitEvent(heard, ProjectEvent.SEGMENTS);
            assertThat(window.coding().segments()).anyMatch(s -> s.id() == coded.id());
        }
    }



}
