package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.parallax.store.ProjectStores;
import org.parallax.testutil.NeedsTestServer;

/**
 * Time limits a team server's owner may set: idle_session_timeout ends a session that waits between statements (a
 * window left open over lunch), statement_timeout cancels a statement that runs or waits too long. Each is met by a
 * session as the window holds it, on the real server.
 */
@NeedsTestServer
class TeamServerTimeoutsTest {
    private static SpeechProject speech;

    @BeforeAll
    static void prepare() throws SQLException {
        speech = SpeechProject.create("timeouts");
    }

    /**
     * The server ends the idle session with SQLSTATE 57P05, which was not taken for a lost connection: the next action
     * failed with "database error (FATAL: terminating connection due to idle-session timeout)". Now it reconnects and
     * runs.
     */
    @Test
    void aSessionTheServerEndedForIdlingReconnectsAtTheNextAction() throws Exception {
        try (PostgresProjectStore store = (PostgresProjectStore) ProjectStores.open(speech.url(), null)) {
            long coder = store.coders().ensure("idle coder").id();
            int before = store.session().process();
            setOnSession(store, "idle_session_timeout = '200ms'");
            awaitGone(before);
            Segment saved = store.write(() -> store.segments().insert(new Segment(0, speech.document(), 20, 30,
                    speech.code(), coder, null, Instant.now())));
            assertThat(saved.id()).isPositive();
            assertThat(store.session().process()).isNotEqualTo(before);
        }
    }

    /**
     * A change that waits past the server's statement_timeout (here behind another session's lock) is cancelled and
     * rolled back: it read "database error (ERROR: canceling statement due to statement timeout)".
     */
    @Test
    void aChangeCancelledAtTheServersTimeLimitSaysSoAndThatNothingWasChanged() throws Exception {
        try (PostgresProjectStore store = (PostgresProjectStore) ProjectStores.open(speech.url(), null);
                Connection holder = speech.admin(); var st = holder.createStatement()) {
            setOnSession(store, "statement_timeout = '1s'");
            holder.setAutoCommit(false);
            st.execute("LOCK TABLE settings IN ACCESS EXCLUSIVE MODE");
            try {
                assertThatThrownBy(() -> store.write(() -> {
                    store.settings().put("timed", "out");
                    return null;
                })).satisfies(e -> assertThat(e.getMessage()).hasLineCount(1)
                        .contains("the server cancelled this before it finished", "nothing was changed")
                        .doesNotContain("database error"));
            } finally {
                holder.rollback();
            }
            assertThat(store.read(() -> store.settings().get("timed"))).isEmpty();
        }
    }

    private static void setOnSession(PostgresProjectStore store, String setting) {
        store.session().read(c -> {
            try (var st = c.createStatement()) {
                st.execute("SET " + setting);
            }
            return null;
        });
    }

    /** Waits until the server has ended the session {@code pid} (the server's own timer, not a measurement). */
    private static void awaitGone(int pid) throws Exception {
        try (Connection admin = speech.admin(); var st = admin.createStatement()) {
            for (int i = 0; i < 600; i++) {
                try (var rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE pid = " + pid)) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
            throw new AssertionError("the server did not end the idle session within a minute");
        }
    }
}
