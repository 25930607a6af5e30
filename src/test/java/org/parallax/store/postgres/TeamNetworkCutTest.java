package org.parallax.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;
import org.parallax.store.ProjectStores;
import org.parallax.store.ServerLostException;
import org.parallax.store.TeamUrl;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TcpRelay;

/**
 * A network cut while a change's statement runs on the team server: packets dropped, no connection reset (a relay
 * that stops forwarding without closing). The driver had no socketTimeout, so the change waited for TCP to give up
 * (keepalive's two hours); every session now waits at most {@link TeamConnections#ANSWER_TIMEOUT_SECONDS} for an
 * answer, and the change then ends saying in one line that the server stopped answering and that it was not saved,
 * and the server holds nothing of it.
 */
@NeedsTestServer
class TeamNetworkCutTest {

    @Test
    void aChangeCutOffMidStatementEndsSayingTheServerStoppedAnsweringAndNothingIsSaved() throws Exception {
        SpeechProject speech = SpeechProject.create("cut");
        TeamUrl url = speech.url();
        try (TcpRelay relay = new TcpRelay(url.hostForUrl(), url.port()); Connection admin = speech.admin();
                Connection watcher = speech.admin()) {
            TeamUrl viaRelay = TeamUrl.parse(url.toString().replace(url.hostForUrl() + ":" + url.port(),
                    "127.0.0.1:" + relay.port()));
            try (PostgresProjectStore store = (PostgresProjectStore) ProjectStores.open(viaRelay, null)) {
                assertThat(store.session().read(Connection::getNetworkTimeout)).as("every session's answer timeout")
                        .isEqualTo(TeamConnections.ANSWER_TIMEOUT_SECONDS * 1000);
                // The product's timeout is sized for its longest statement (minutes); this session waits seconds.
                store.session().read(c -> {
                    c.setNetworkTimeout(Runnable::run, 20_000);
                    return null;
                });
                long coder = store.coders().ensure("cut-off coder").id();
                // The passage's INSERT waits behind another session's lock: a statement surely in flight at the cut.
                admin.setAutoCommit(false);
                try (Statement st = admin.createStatement()) {
                    st.execute("LOCK TABLE segments IN SHARE ROW EXCLUSIVE MODE");
                }
                CompletableFuture<Throwable> change = CompletableFuture.supplyAsync(() -> {
                    try {
                        store.write(() -> store.segments().insert(new Segment(0, speech.document(), 1, 4,
                                speech.code(), coder, null, Instant.now())));
                        return null;
                    } catch (RuntimeException e) {
                        return e;
                    }
                });
                awaitWaitingInsert(watcher);
                relay.blackHole();
                // The server finishes the INSERT once the lock goes; its answer never reaches the client.
                admin.rollback();
                admin.setAutoCommit(true);

                // A bound on liveness, not a measure of speed: without a timeout the change waited for hours.
                Throwable ended = change.get(5, TimeUnit.MINUTES);
                assertThat(ended).isInstanceOf(ServerLostException.class);
                assertThat(((ServerLostException) ended).mayHaveBeenSaved()).isFalse();
                assertThat(ended.getMessage()).startsWith(viaRelay.toString())
                        .contains("stopped answering", "this change was not saved").hasLineCount(1)
                        .doesNotContain("Exception");
            }
            assertThat(passagesCutOff(admin)).as("nothing of the cut-off change on the server").isZero();
            relay.close();
            assertThat(passagesCutOff(admin)).as("nor once its connection is gone").isZero();
        }
    }

    /** Asked outside the locking session's transaction, which sees the server's activity as it first looked. */
    private static void awaitWaitingInsert(Connection watcher) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (SpeechProject.value(watcher, "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' "
                + "AND query LIKE 'INSERT INTO segments%'") == 0) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the change's INSERT never waited for the lock");
            }
            Thread.sleep(50);
        }
    }

    private static long passagesCutOff(Connection admin) throws Exception {
        return SpeechProject.value(admin, "SELECT count(*) FROM segments WHERE start_offset = 1 AND end_offset = 4");
    }
}
