package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;
import org.parallax.testutil.NeedsTestServer;

/**
 * A session not listening for the server's notifications (a command, or a window before it starts listening) learns
 * of other sessions' commits from the server's write-ahead log position, which moves with any commit on the server.
 * Its listener reloads views, whose reads ask again whether anything changed: asked from inside the telling, with the
 * log moving under every other database's commits (a shared server, a busy one), each answer told again from inside
 * the last, without end. A test window, which runs a view's reads at once on the same thread, did that for over ten
 * minutes. A question asked while the session is telling what changed is now answered by that telling.
 */
@NeedsTestServer
class TeamNestedPollTest {
    /** More tellings than a correct session makes here, where a recursion ends the test rather than the stack. */
    private static final int ENOUGH = 20;
    private static SpeechProject speech;

    @BeforeAll
    static void prepare() throws SQLException {
        speech = SpeechProject.create("nestedpoll");
    }

    @Test
    void aListenerThatAsksAgainWhileToldIsNotToldAgainFromInside() throws Exception {
        try (ProjectStore store = ProjectStores.open(speech.url(), null); Connection other = speech.admin()) {
            AtomicInteger told = new AtomicInteger();
            AtomicInteger depth = new AtomicInteger();
            AtomicInteger deepest = new AtomicInteger();
            store.pollOutsideChanges();
            store.onOutsideChange(change -> {
                int now = depth.incrementAndGet();
                deepest.accumulateAndGet(now, Math::max);
                try {
                    if (told.incrementAndGet() < ENOUGH) {
                        // Another member commits while this view reloads; the reload's read asks again.
                        commit(other);
                        store.pollOutsideChanges();
                    }
                } finally {
                    depth.decrementAndGet();
                }
            });
            commit(other);
            store.pollOutsideChanges();

            assertThat(deepest).as("tellings inside tellings").hasValue(1);
            assertThat(told).as("the change was told once").hasValue(1);
            // What was committed during the telling is told at the next question, from outside.
            store.pollOutsideChanges();
            assertThat(told).hasValue(2);
        }
    }

    private static void commit(Connection c) {
        try {
            c.createStatement().execute("INSERT INTO coders(name) VALUES ('c" + System.nanoTime() + "')");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
