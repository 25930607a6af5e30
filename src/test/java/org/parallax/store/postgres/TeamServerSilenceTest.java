package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parallax.store.ProjectStores;
import org.parallax.store.TeamUrl;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TcpRelay;

/**
 * A network cut (packets dropped, nothing closed: a relay that stops forwarding) under an idle window: its listening
 * connection only waited for notifications, so nothing told the window until an action waited out the session's
 * 600 s answer timeout. The listening connection now asks the server every {@link ChangeFeed#HEARTBEAT_MILLIS} ms
 * and gives each answer {@link ChangeFeed#HEARTBEAT_ANSWER_MILLIS} ms, so the window says the server does not answer
 * within their sum; the session's own statements keep their 600 s, so a long one is not cut off.
 */
@NeedsTestServer
class TeamServerSilenceTest {
    private static final long BOUND_SECONDS = (ChangeFeed.HEARTBEAT_MILLIS + ChangeFeed.HEARTBEAT_ANSWER_MILLIS) / 1000;

    @Test
    void anIdleWindowLearnsWithinSecondsThatTheServerDoesNotAnswer() throws Exception {
        SpeechProject speech = SpeechProject.create("silent");
        try (TcpRelay relay = new TcpRelay(speech.url().hostForUrl(), speech.url().port())) {
            TeamUrl viaRelay = through(relay, speech.url());
            try (PostgresProjectStore store = (PostgresProjectStore) ProjectStores.open(viaRelay, null)) {
                List<String> states = new CopyOnWriteArrayList<>();
                store.onConnectionState(states::add);
                store.listenForOutsideChanges();
                Thread.sleep(ChangeFeed.HEARTBEAT_MILLIS + 1_000);
                assertThat(states).as("what the window was told while the network worked").isEmpty();

                relay.blackHole();
                long cut = System.nanoTime();
                long deadline = cut + TimeUnit.MINUTES.toNanos(2);
                while (states.isEmpty() && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - cut);

                assertThat(states).as("what the window was told within 2 minutes of the cut").isNotEmpty();
                assertThat(states.get(0)).matches("Team server 127\\.0\\.0\\.1:" + relay.port()
                        + " does not answer since \\d\\d:\\d\\d \\(the network to it cut, or the server stuck\\): .*")
                        .contains("trying again every second").hasLineCount(1);
                // Wall-clock, since the bound is one: the heartbeat's interval and its wait for the answer, with
                // as much again for a loaded machine's scheduling.
                assertThat(seconds).as("seconds from the cut to the window's word").isLessThanOrEqualTo(2 * BOUND_SECONDS);
                System.out.println("noticed the cut after " + seconds + " s (bound " + BOUND_SECONDS + " s)");
            }
        }
    }

    @Test
    void aStatementLongerThanTheHeartbeatsWaitIsNotCutOffOnAHealthyNetwork() throws Exception {
        SpeechProject speech = SpeechProject.create("longsql");
        try (TcpRelay relay = new TcpRelay(speech.url().hostForUrl(), speech.url().port())) {
            TeamUrl viaRelay = through(relay, speech.url());
            try (PostgresProjectStore store = (PostgresProjectStore) ProjectStores.open(viaRelay, null)) {
                List<String> states = new CopyOnWriteArrayList<>();
                store.onConnectionState(states::add);
                store.listenForOutsideChanges();

                long slept = 2 * BOUND_SECONDS;
                Boolean finished = store.session().read(c -> {
                    try (var st = c.createStatement()) {
                        return st.execute("SELECT pg_sleep(" + slept + ")");
                    }
                });

                assertThat(finished).isTrue();
                assertThat(store.session().read(Connection::getNetworkTimeout)).as("the session's answer timeout")
                        .isEqualTo(TeamConnections.ANSWER_TIMEOUT_SECONDS * 1000);
                assertThat(states).as("what the window was told during a " + slept + " s statement").isEmpty();
            }
        }
    }

    private static TeamUrl through(TcpRelay relay, TeamUrl url) {
        return TeamUrl.parse(url.toString().replace(url.hostForUrl() + ":" + url.port(), "127.0.0.1:" + relay.port()));
    }
}
