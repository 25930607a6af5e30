package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.parallax.model.TeamRole;
import org.parallax.store.ProjectStores;
import org.parallax.store.ServerLostException;
import org.parallax.store.TeamUrl;
import org.parallax.testutil.OwnTestServer;
import org.parallax.testutil.TestServer;

/**
 * A session whose connection the server drops (pg_terminate_backend from an admin session) reconnects by itself
 * and applies the user action once: run again when it had not committed, not run again when it had and only the
 * answer was lost. The action here is a read-modify-write, so running it twice would show.
 */
@OwnTestServer
class TeamReconnectTest {
    private static SpeechProject speech;
    private static TeamUrl url;
    private static long document;
    private static long code;

    @BeforeAll
    static void prepare() throws SQLException {
        speech = SpeechProject.create("reconnect");
        url = speech.url();
        document = speech.document();
        code = speech.code();
    }

    @Test
    void anActionCutOffBeforeItsCommitRunsAgainOnANewConnectionAndCountsOnce() throws Exception {
        try (PostgresProjectStore store = (PostgresProjectStore) ProjectStores.open(url, null)) {
            List<String> states = new CopyOnWriteArrayList<>();
            store.onConnectionState(states::add);
            long coder = store.coders().ensure("cut-off coder").id();
            AtomicInteger runs = new AtomicInteger();
            int before = store.session().process();
            Segment saved = store.write(() -> {
                if (runs.incrementAndGet() == 1) {
                    terminateUnchecked(store.session().process());
                }
                int counter = Integer.parseInt(store.settings().get("counter").orElse("0"));
                store.settings().put("counter", Integer.toString(counter + 1));
                return store.segments().insert(new Segment(0, document, 0, 10, code, coder, null, Instant.now()));
            });
            assertThat(runs).hasValue(2);
            assertThat(store.session().process()).isNotEqualTo(before);
            assertThat(saved.id()).isPositive();
            assertThat(states).anyMatch(s -> s.startsWith("Team server")).last().isEqualTo("");
            try (Connection admin = admin(); var st = admin.createStatement();
                    var rs = st.executeQuery("SELECT (SELECT count(*) FROM segments WHERE start_offset = 0), "
                            + "(SELECT value FROM settings WHERE key = 'counter')")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(1);
                assertThat(rs.getString(2)).isEqualTo("1");
            }
        }
    }

    @Test
    void anActionWhoseCommitsAnswerIsLostIsNotRunAgainAndReturnsWhatItSaved() throws Exception {
        try (PostgresProjectStore store = (PostgresProjectStore) ProjectStores.open(url, null)) {
            long coder = store.coders().ensure("lost-answer coder").id();
            AtomicInteger runs = new AtomicInteger();
            AtomicInteger commits = new AtomicInteger();
            store.session().afterCommit(c -> {
                if (commits.incrementAndGet() == 1) {
                    terminate(store.session().process());
                    throw new SQLException("the answer to the commit never came", "08006");
                }
                return null;
            });
            // Reported applied once: the action returns what its one committed run returned, as if nothing happened.
            Segment saved = store.write(() -> {
                runs.incrementAndGet();
                int counter = Integer.parseInt(store.settings().get("twice").orElse("0"));
                store.settings().put("twice", Integer.toString(counter + 1));
                return store.segments().insert(new Segment(0, document, 20, 30, code, coder, null, Instant.now()));
            });
            assertThat(runs).hasValue(1);
            assertThat(commits).hasValue(1);
            assertThat(store.segments().get(saved.id())).hasValueSatisfying(s -> assertThat(s.start()).isEqualTo(20));
            // The session works on: its next action commits normally.
            store.write(() -> {
                store.settings().put("after", "yes");
                return null;
            });
            try (Connection admin = admin(); var st = admin.createStatement();
                    var rs = st.executeQuery("SELECT (SELECT value FROM settings WHERE key = 'twice'), "
                            + "(SELECT value FROM settings WHERE key = 'after'), "
                            + "(SELECT count(*) FROM segments WHERE start_offset = 20 AND coder_id = " + coder + ")")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("1");
                assertThat(rs.getString(2)).isEqualTo("yes");
                assertThat(rs.getLong(3)).isEqualTo(1);
            }
        }
    }

    @Test
    void aReadOnTheLostConnectionIsSimplyReadAgain() throws Exception {
        try (PostgresProjectStore store = (PostgresProjectStore) ProjectStores.open(url, null)) {
            int before = store.segments().count();
            terminate(store.session().process());
            assertThat(store.segments().count()).isEqualTo(before);
        }
    }

    /**
     * The password changed while the project was open (a lead's `team add-user` again, or the owner), then the
     * connection was lost: reconnecting with the password the session holds can never succeed. The session used to
     * try for 30 s, saying it was reconnecting, and then blame the server; it now stops at the refusal and says
     * to open the project again with the current password. Nothing of the action was saved.
     */
    @Test
    void aPasswordChangedMeanwhileStopsTheReconnectingAtOnceAndSaysSo() throws Exception {
        String login = speech.project() + "_pat";
        TeamSetup.addUser(url, login, TeamRole.LEAD, "old-pw".toCharArray(), null);
        TeamUrl asPat = url.withUser(login);
        try (PostgresProjectStore store = (PostgresProjectStore) ProjectStores.open(asPat, "old-pw"::toCharArray)) {
            List<String> states = new CopyOnWriteArrayList<>();
            store.onConnectionState(states::add);
            long coder = store.coders().ensure(login).id();
            TeamSetup.addUser(url, login, TeamRole.LEAD, "new-pw".toCharArray(), null);
            terminate(store.session().process());
            assertThatThrownBy(() -> store.write(() -> store.segments().insert(new Segment(0, document, 50, 60, code,
                    coder, null, Instant.now()))))
                    .hasMessageContaining("refused this login's password when reconnecting")
                    .hasMessageContaining("open the project again with the current password")
                    .hasMessageNotContaining("could not be restored");
            // One refused attempt, not thirty seconds of them.
            assertThat(states).contains(ServerReach.REFUSED).noneMatch(s -> s.contains("(try 2)"));
        }
        try (Connection admin = admin(); var st = admin.createStatement();
                var rs = st.executeQuery("SELECT count(*) FROM segments WHERE start_offset = 50")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }

    /**
     * The server stays down longer than the session waits (30 s): an action whose work never completed never sent
     * its commit, so it was not saved, and the message says so instead of "open the project again … to see whether
     * the last change was saved" (what the window showed when tried under Xvfb, docs/reliability.md). One outage is
     * one wait: each action after it waited out a reconnection of its own (30 s apiece); now they are refused at once
     * in one line, the status line says so, and once a probe finds the server again the next action is saved.
     */
    @Test
    void anActionGivenUpOnSaysItWasNotSavedAndTheNextOnesAreRefusedAtOnceUntilTheServerIsBack() throws Exception {
        try (PostgresProjectStore store = (PostgresProjectStore) ProjectStores.open(url, null)) {
            long coder = store.coders().ensure("outage coder").id();
            List<String> states = new CopyOnWriteArrayList<>();
            store.onConnectionState(states::add);
            try {
                TestServer.halt();
                assertThatThrownBy(() -> store.write(() -> store.segments().insert(new Segment(0, document, 70, 80,
                        code, coder, null, Instant.now()))))
                        .hasMessageContaining("could not be restored; this change was not saved")
                        .hasMessageNotContaining("see whether");

                long refused = System.nanoTime();
                assertThatThrownBy(() -> store.write(() -> store.segments().insert(new Segment(0, document, 72, 78,
                        code, coder, null, Instant.now()))))
                        .isInstanceOf(ServerLostException.class)
                        .hasMessageContaining("cannot be reached (given up on at ")
                        .hasMessageContaining("this change was not saved").hasMessageNotContaining("\n");
                assertThatThrownBy(() -> store.read(() -> store.documents().list()))
                        .isInstanceOf(ServerLostException.class).hasMessageContaining("nothing was changed");
                assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - refused))
                        .as("ms a change and a read took after the session gave up").isLessThan(5_000);
                assertThat(states).as("one wait for the outage").filteredOn(s -> s.contains("(try 1)")).hasSize(1);
                assertThat(states).last().asString().contains("a change is refused at once until it answers")
                        .contains("trying again every second").doesNotContain("reopen").hasLineCount(1);
            } finally {
                TestServer.restart();
            }
            awaitTheServerBack(states);
            store.write(() -> store.segments().insert(new Segment(0, document, 80, 90, code, coder, null,
                    Instant.now())));
        }
        try (Connection admin = admin(); var st = admin.createStatement();
                var rs = st.executeQuery("SELECT count(*) FROM segments WHERE start_offset IN (70, 72, 80)")) {
            rs.next();
            assertThat(rs.getLong(1)).as("the changes given up on are absent, the next one saved").isOne();
        }
    }

    /**
     * A read (the search index catching up, a view) whose connection cannot be restored said "open the project
     * again … to see whether the last change was saved", as for a commit whose answer was lost: a read changes
     * nothing, and now says so.
     */
    @Test
    void aReadThatCouldNotReconnectSaysNothingWasChanged() throws Exception {
        try (PostgresProjectStore store = (PostgresProjectStore) ProjectStores.open(url, null)) {
            List<String> states = new CopyOnWriteArrayList<>();
            store.onConnectionState(states::add);
            try {
                TestServer.halt();
                assertThatThrownBy(() -> store.read(() -> store.documents().list()))
                        .hasMessageContaining("could not be restored; nothing was changed")
                        .hasMessageNotContaining("see whether");
            } finally {
                TestServer.restart();
            }
            awaitTheServerBack(states);
            assertThat(store.read(() -> store.documents().list())).isNotEmpty();
        }
    }

    /** Waits until the status line clears by itself: the session's probe found the server again. */
    private static void awaitTheServerBack(List<String> states) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!states.get(states.size() - 1).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(states).as("the status line once the server is back, with no action").last().isEqualTo("");
    }

    private static void terminateUnchecked(int process) {
        try {
            terminate(process);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void terminate(int process) throws SQLException {
        try (Connection admin = admin(); var st = admin.createStatement()) {
            st.execute("SELECT pg_terminate_backend(" + process + ")");
        }
    }

    private static Connection admin() throws SQLException {
        return speech.admin();
    }
}
