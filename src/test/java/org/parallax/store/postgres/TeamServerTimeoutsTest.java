package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.parallax.store.OutsideChange;
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

    /**
     * The listening connection only waited for notifications between its heartbeats, so a server whose owner set
     * idle_session_timeout below their interval ended it again and again: each time the window said the server could
     * not be reached, reconnected and reloaded every view. It now asks the server more often than the timeout, so it
     * is never ended for idling; what another client commits arrives as that change, and nothing is said.
     */
    @Test
    void theListeningConnectionOutlivesTheServersIdleTimeoutAndHearsWhatOthersCommit() throws Exception {
        SpeechProject idle = SpeechProject.create("idlelisten");
        try (Connection other = idle.admin(); var st = other.createStatement()) {
            // New sessions of this database only: the other client keeps its own session without the limit.
            // 4 s, so that the listener's heartbeat (half the limit) leaves it 2 s to spare on a loaded machine: at 1 s
            // a wake-up or an answer late by half a second let the server end it.
            st.execute("ALTER DATABASE " + TeamNames.quote(idle.url().database()) + " SET idle_session_timeout = '4s'");
            try (PostgresProjectStore store = (PostgresProjectStore) ProjectStores.open(idle.url(), null)) {
                List<String> states = new CopyOnWriteArrayList<>();
                BlockingQueue<OutsideChange> heard = new LinkedBlockingQueue<>();
                store.onConnectionState(states::add);
                store.onOutsideChange(heard::add);
                store.listenForOutsideChanges();
                long limit = store.session().read(c -> SpeechProject.value(c, "SELECT extract(epoch FROM "
                        + "current_setting('idle_session_timeout')::interval) * 1000"));
                assertThat(limit).as("the server's limit, ms").isEqualTo(4000);

                // Three times the server's limit without a word from the window.
                Thread.sleep(12_000);
                st.execute("UPDATE codes SET name = 'Power, renamed while idle' WHERE id = " + idle.code());
                OutsideChange change = heard.poll(60, TimeUnit.SECONDS);

                assertThat(change).as("what the listener heard of the rename").isNotNull();
                assertThat(change.keys()).as("the rename itself, not a reload after reconnecting")
                        .isEqualTo(Map.of("codes", Set.of(idle.code())));
                assertThat(heard).isEmpty();
                assertThat(states).as("what the window was told while idle").isEmpty();
            }
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
