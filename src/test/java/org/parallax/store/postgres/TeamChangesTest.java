package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.store.OutsideChange;
import org.parallax.store.OutsideChange.Part;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;
import org.parallax.store.TeamUrl;
import org.parallax.testutil.NeedsTestServer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The server's change notifications (team_changes.sql) as an open team project hears them: what other sessions
 * commit, named by part and row keys; nothing of its own, nothing rolled back; passages named only by their
 * document, so a blind coder listening with a plain SQL session learns no more than that.
 */
@NeedsTestServer
class TeamChangesTest {
    private static SpeechProject speech;
    private static TeamUrl url;
    private static String project;
    private static long document;
    private static long code;

    @BeforeAll
    static void prepare() throws SQLException {
        speech = SpeechProject.create("changes");
        url = speech.url();
        project = speech.project();
        document = speech.document();
        code = speech.code();
        try (Connection admin = admin()) {
            admin.createStatement().execute("INSERT INTO coders(name) VALUES ('someone')");
        }
    }

    @Test
    void anOpenProjectHearsWhatOthersCommitButNotItsOwnNorRolledBackWork() throws Exception {
        try (ProjectStore store = ProjectStores.open(url, null)) {
            BlockingQueue<OutsideChange> heard = new LinkedBlockingQueue<>();
            store.onOutsideChange(heard::add);
            store.listenForOutsideChanges();

            store.write(() -> {
                store.settings().put("own", "change");
                return null;
            });
            try (Connection other = admin()) {
                other.setAutoCommit(false);
                codePassage(other, 0, 10);
                other.rollback();
                other.setAutoCommit(true);
                assertThat(heard.poll(1, TimeUnit.SECONDS)).as("own and rolled-back changes").isNull();

                long passage = codePassage(other, 20, 30);
                OutsideChange change = heard.poll(60, TimeUnit.SECONDS);
                assertThat(change).isNotNull();
                assertThat(change.parts()).containsExactly(Part.SEGMENTS);
                assertThat(change.keys()).isEqualTo(Map.of("segments", Set.of(document)));
                assertThat(passage).isPositive();

                other.createStatement().execute("UPDATE codes SET name = 'Power, renamed' WHERE id = " + code);
                change = heard.poll(60, TimeUnit.SECONDS);
                assertThat(change).isNotNull();
                assertThat(change.keys()).isEqualTo(Map.of("codes", Set.of(code)));
                assertThat(change.touches(Part.CODEBOOK)).isTrue();
            }
        }
    }

    @Test
    void aBatchTooLargeToNameSaysSoInOneNotificationPerTransaction() throws Exception {
        try (Connection listener = admin(); Connection other = admin()) {
            listener.createStatement().execute("LISTEN parallax_" + project);
            other.setAutoCommit(false);
            for (int batch = 0; batch < 3; batch++) {
                other.createStatement().execute("INSERT INTO segments(document_id, start_offset, end_offset, code_id, "
                        + "coder_id, created) SELECT " + document + ", g, g + 1, " + code + ", (SELECT id FROM coders "
                        + "WHERE name = 'someone'), 0 FROM generate_series(" + (batch * 1000) + ", "
                        + (batch * 1000 + 999) + ") g");
            }
            other.commit();
            // The pause lets a wrong second notification arrive too; the wait returns as soon as one is there, so
            // it can be long enough for a busy server (5 s was not much on a machine at load 35).
            Thread.sleep(500);
            PGNotification[] notes = listener.unwrap(PGConnection.class).getNotifications(60_000);
            assertThat(notes).extracting(PGNotification::getParameter).containsExactly("segments");
            assertThat(ChangeFeed.parse("segments").keys()).isEqualTo(Map.of("segments", Set.of()));
        }
    }

    @Test
    void aPayloadFromAnyoneElseOnTheChannelNamesNothingOrNoRows() {
        assertThat(ChangeFeed.parse("pg_authid 1,2")).isNull();
        assertThat(ChangeFeed.parse(null)).isNull();
        assertThat(ChangeFeed.parse("segments 1,x").keys()).isEqualTo(Map.of("segments", Set.of()));
        assertThat(ChangeFeed.parse("settings").parts()).containsExactly(Part.SETTINGS);
    }

    private static long codePassage(Connection c, int start, int end) throws SQLException {
        return value(c, "INSERT INTO segments(document_id, start_offset, end_offset, code_id, coder_id, created) "
                + "VALUES (" + document + ", " + start + ", " + end + ", " + code + ", (SELECT id FROM coders WHERE "
                + "name = 'someone'), 0) RETURNING id");
    }

    private static Connection admin() throws SQLException {
        return speech.admin();
    }

    private static long value(Connection c, String sql) throws SQLException {
        return SpeechProject.value(c, sql);
    }
}
