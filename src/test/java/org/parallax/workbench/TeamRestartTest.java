package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.model.TeamRole;
import org.parallax.testutil.OwnTestServer;
import org.parallax.testutil.SampleTeamProjects;
import org.parallax.testutil.TestServer;

/**
 * The restart proof: PostgreSQL is restarted (pg_ctl restart, every session cut off) while four coders
 * code as fast as they can. Each client reconnects by itself and codes on, and the passages on the server are
 * exactly the actions reported successful: none lost, none doubled, none reported failed that was saved.
 */
@OwnTestServer
class TeamRestartTest {
    private static final int CODERS = 4;
    /** Codings each client reports saved before the restart, and again after it. */
    private static final int EACH_SIDE = 15;

    @RegisterExtension
    static final SampleTeamProjects team = new SampleTeamProjects();

    /** One reported outcome: the passage a client was told it saved. */
    private record Saved(String coder, long document, int start, long id) {
    }

    @Test
    void everyClientReconnectsAndTheServerHoldsExactlyWhatWasReportedSaved() throws Exception {
        String project = TestServer.freshProjectName("restart");
        String url = team.publish(project);
        for (int i = 0; i < CODERS; i++) {
            Team.addUser(url, null, project + "_c" + i, TeamRole.CODER, ("pw" + i).toCharArray(), null);
        }
        List<Document> documents;
        Code code;
        try (Workbench lead = Workbench.open(url, null)) {
            documents = lead.documents().list();
            code = lead.codebook().current().codes().stream().filter(c -> c.frameId() != null).findFirst()
                    .orElseThrow();
        }

        ConcurrentLinkedQueue<Saved> saved = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
        AtomicInteger[] savedBy = new AtomicInteger[CODERS];
        AtomicBoolean stop = new AtomicBoolean();
        CountDownLatch opened = new CountDownLatch(CODERS);
        ExecutorService pool = Executors.newFixedThreadPool(CODERS);
        List<Future<?>> clients = new ArrayList<>();
        for (int i = 0; i < CODERS; i++) {
            int client = i;
            savedBy[i] = new AtomicInteger();
            String login = project + "_c" + i;
            clients.add(pool.submit(() -> {
                try (Workbench wb = Workbench.open(TestServer.asLogin(url, login),
                        ("pw" + client)::toCharArray)) {
                    opened.countDown();
                    for (int k = 0; !stop.get(); k++) {
                        // Every action codes a range of its own, so a doubled action would show as a second row.
                        Document doc = documents.get(k % documents.size());
                        int start = (k / documents.size()) * 2;
                        try {
                            Segment s = wb.coding().code(doc.id(), start, start + 1, code.id(), null);
                            saved.add(new Saved(login, doc.id(), start, s.id()));
                            savedBy[client].incrementAndGet();
                        } catch (RuntimeException e) {
                            failed.add(login + ": " + e.getMessage());
                        }
                    }
                }
                return null;
            }));
        }
        assertThat(opened.await(5, TimeUnit.MINUTES)).isTrue();
        waitForEach(savedBy, EACH_SIDE);
        int[] beforeRestart = new int[CODERS];
        TestServer.restart();
        for (int i = 0; i < CODERS; i++) {
            beforeRestart[i] = savedBy[i].get();
        }
        // Each client reconnects by itself and goes on coding after the restart.
        for (int i = 0; i < CODERS; i++) {
            int client = i;
            waitFor(() -> savedBy[client].get() >= beforeRestart[client] + EACH_SIDE);
        }
        stop.set(true);
        for (Future<?> f : clients) {
            f.get(5, TimeUnit.MINUTES);
        }
        pool.shutdown();

        // No action failed: the restart cost them a wait, never an error or an unknown outcome.
        assertThat(failed).isEmpty();
        Set<Saved> onServer = new HashSet<>();
        try (Connection admin = TestServer.plainSession(team.database(), TestServer.adminUser(team.database()), null);
                ResultSet rs = admin.createStatement().executeQuery("SELECT c.name, s.document_id, s.start_offset, s.id "
                        + "FROM " + project + ".segments s JOIN " + project + ".coders c ON c.id = s.coder_id "
                        + "WHERE c.name LIKE '" + project + "\\_c%'")) {
            while (rs.next()) {
                onServer.add(new Saved(rs.getString(1), rs.getLong(2), rs.getInt(3), rs.getLong(4)));
            }
        }
        assertThat(saved).doesNotHaveDuplicates();
        assertThat(onServer).containsExactlyInAnyOrderElementsOf(saved);
    }

    private static void waitForEach(AtomicInteger[] counts, int atLeast) throws InterruptedException {
        for (AtomicInteger count : counts) {
            waitFor(() -> count.get() >= atLeast);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not reached within 5 minutes");
            }
            Thread.sleep(50);
        }
    }
}
