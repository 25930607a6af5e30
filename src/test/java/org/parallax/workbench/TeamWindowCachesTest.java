package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.testutil.SampleTeamProjects.awaitEvent;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.testutil.MatrixCells;
import org.parallax.testutil.OwnTestServer;
import org.parallax.testutil.SampleTeamProjects;
import org.parallax.testutil.TestServer;

/**
 * What an open window on a team project keeps in memory, and what it asks the server again. Another member's passage
 * makes it reload that passage's document only, not every passage (the notification names the document); a change
 * that names no documents reloads them all. Once opened and warmed up, Table 1 needs no server at all: it is
 * computed while the server is down.
 */
@OwnTestServer
class TeamWindowCachesTest {
    @RegisterExtension
    static final SampleTeamProjects team = new SampleTeamProjects();
    /** So long that only a notification, never the idle poll of a project file, can explain an update. */
    private static final Duration NO_POLLING = Duration.ofHours(1);
    /** A passage's time as the store keeps it: nanoseconds since 1970. */
    private static final long SILENT_TIME_NANOS = Instant.parse("2026-12-01T00:00:00Z").getEpochSecond() * 1_000_000_000L;

    @Test
    void anotherMembersPassageReloadsOnlyItsDocument() throws Exception {
        String project = TestServer.freshProjectName("partial");
        String url = team.publish(project);
        try (Workbench window = Workbench.open(url, null); Workbench other = Workbench.open(url, null)) {
            BlockingQueue<ProjectEvent> heard = new LinkedBlockingQueue<>();
            window.addListener(heard::add);
            window.watchOutsideChanges(NO_POLLING);
            List<Document> documents = window.documents().list();
            Document coded = documents.get(0);
            Document untold = documents.get(1);
            Code code = window.codebook().current().codes().stream().filter(c -> c.frameId() != null).findFirst()
                    .orElseThrow();
            // The other member's coder row exists before what is measured, as for anyone who has coded before.
            other.coding().code(coded.id(), 3, 8, code.id(), null);
            awaitEvent(heard, ProjectEvent.SEGMENTS);
            int before = window.coding().segments().size();

            // A passage the server stores without telling anyone (its change trigger skipped), as a witness: only a
            // reload of its whole document, or of everything, can bring it into the window.
            long silent = insertUntold(url, project, untold, code);
            heard.clear();
            Segment told = other.coding().code(coded.id(), 11, 29, code.id(), null);
            awaitEvent(heard, ProjectEvent.SEGMENTS);

            List<Segment> seen = window.coding().segments();
            assertThat(seen).as("the other member's passage arrived").anyMatch(s -> s.id() == told.id());
            assertThat(seen).as("only the document the notification named was read again")
                    .noneMatch(s -> s.id() == silent).hasSize(before + 1);

            // Blind mode switched by another lead names no documents: every passage is read again.
            heard.clear();
            other.setBlindMode(false);
            awaitEvent(heard, ProjectEvent.SEGMENTS);
            assertThat(window.coding().segments()).anyMatch(s -> s.id() == silent).hasSize(before + 2);
        }
    }

    @Test
    void table1AfterOpeningNeedsNoServer() throws Exception {
        String project = TestServer.freshProjectName("offline");
        String url = team.publish(project);
        try (Workbench window = Workbench.open(url, null)) {
            window.watchOutsideChanges(NO_POLLING);
            window.warmUp();
            assertThat(window.awaitWarmUp(120_000)).isTrue();
            var expected = MatrixCells.of(window.analysis().table1());
            List<Document> documents = window.documents().list();
            TestServer.halt();
            try {
                assertThat(MatrixCells.of(window.analysis().table1())).as("Table 1 with the server down")
                        .isEqualTo(expected);
                assertThat(window.documents().list()).isEqualTo(documents);
            } finally {
                TestServer.restart();
            }
        }
    }

    private static long insertUntold(String url, String project, Document document, Code code) throws Exception {
        try (Connection admin = TestServer.plainSession(url, TestServer.adminUser(url), null);
                Statement st = admin.createStatement()) {
            st.execute("SET session_replication_role = replica");
            var rs = st.executeQuery("INSERT INTO " + project + ".segments(document_id, start_offset, end_offset, "
                    + "code_id, coder_id, created) SELECT " + document.id() + ", 2, 9, " + code.id() + ", min(id), "
                    + SILENT_TIME_NANOS + " FROM " + project + ".coders RETURNING id");
            rs.next();
            return rs.getLong(1);
        }
    }


}
