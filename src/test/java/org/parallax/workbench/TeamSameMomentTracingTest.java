package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.testutil.HeldWrites.awaitWaitingForALock;
import static org.parallax.testutil.HeldWrites.begin;
import static org.parallax.testutil.HeldWrites.update;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.tracing.StudyEvents;
import org.parallax.analysis.tracing.StudyHypotheses;
import org.parallax.model.CausalEvent;
import org.parallax.model.Hypothesis;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/**
 * Two members starting the same hypothesis set at the same moment: the set was looked up before the write
 * transaction, so the later member's action, run again after colliding on the set's name, still created the set, collided
 * three times and ended in the server's own words ("Key (name)=(Enlargement) already exists"). A plain JDBC session
 * plays the other member, its set and hypothesis held uncommitted until the lead's action waits on them.
 */
@NeedsTestServer
class TeamSameMomentTracingTest {
    @TempDir
    Path dir;
    private String database;
    private String project;
    private String url;

    @BeforeEach
    void publish() throws Exception {
        database = TestServer.freshDatabase();
        project = TestServer.freshProjectName("tracingmoment");
        url = TestServer.publishSample(dir, database, project);
    }

    @Test
    void aHypothesisAddedAsAnotherMemberStartsTheSameSetJoinsTheirSet() throws Exception {
        try (Workbench lead = Workbench.open(url, null); Connection member = session()) {
            startEnlargementWithAnnsHypothesis(member);

            CompletableFuture<Hypothesis> adding = CompletableFuture.supplyAsync(() -> lead.tracing()
                    .addHypothesis("Enlargement", "Identity", "lena's statement", 0.3, false));
            awaitWaitingForALock(database, project, "INSERT INTO hypothesis_sets%");
            member.commit();

            assertThat(adding.get(60, TimeUnit.SECONDS).name()).isEqualTo("Identity");
            assertThat(lead.tracing().set("Enlargement").hypotheses()).extracting(Hypothesis::name)
                    .containsExactly("Security", "Identity");
            lead.history().undo();
            assertThat(lead.tracing().set("Enlargement").hypotheses()).as("undo takes out the hypothesis, not the "
                    + "set the other member made").extracting(Hypothesis::name).containsExactly("Security");
        }
        assertThat(count("SELECT count(*) FROM hypothesis_sets")).isEqualTo(1);
    }

    /** Run again inside the set the other member made, the action meets their hypothesis as any later one would. */
    @Test
    void theSameHypothesisAddedAsAnotherMemberStartsTheSetIsRefusedInOneLine() throws Exception {
        try (Workbench lead = Workbench.open(url, null); Connection member = session()) {
            startEnlargementWithAnnsHypothesis(member);

            CompletableFuture<Hypothesis> adding = CompletableFuture.supplyAsync(() -> lead.tracing()
                    .addHypothesis("Enlargement", "security", "lena's statement", 0.3, false));
            awaitWaitingForALock(database, project, "INSERT INTO hypothesis_sets%");
            member.commit();

            assertThatThrownBy(() -> adding.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isExactlyInstanceOf(ParallaxException.class)
                    .hasMessage("Hypothesis set 'Enlargement' already has a hypothesis security: another member "
                            + "added that hypothesis a moment ago, and it is now in your process tracing (nothing was "
                            + "changed)");
            assertThat(lead.tracing().set("Enlargement").hypotheses()).extracting(Hypothesis::name)
                    .containsExactly("Security");
            assertThat(lead.history().undoLabel()).isEmpty();
        }
        assertThat(count("SELECT count(*) FROM hypotheses")).isEqualTo(1);
    }

    /**
     * The server refuses the later of two members adding one hypothesis to a set for not serializing (40001), not on the
     * unique index: run again, the action met the other's hypothesis and said only that the set has it, as if it had
     * always been there.
     */
    @Test
    void theSameHypothesisAddedToASetAsAnotherMemberAddsItSaysTheyAddedItAMomentAgo() throws Exception {
        try (Connection member = session()) {
            update(member, "INSERT INTO hypothesis_sets(name, created) VALUES ('Enlargement', '2026-12-06T08:00:00Z')");
        }
        try (Workbench lead = Workbench.open(url, null); Connection member = session()) {
            begin(member);
            update(member, "INSERT INTO hypotheses(set_id, name, statement, prior, catch_all, position) SELECT id, "
                    + "'Security', 'ann''s statement', 0.4, 0, 1 FROM hypothesis_sets WHERE name = 'Enlargement'");

            CompletableFuture<Hypothesis> adding = CompletableFuture.supplyAsync(() -> lead.tracing()
                    .addHypothesis("Enlargement", "Security", "lena's statement", 0.3, false));
            awaitWaitingForALock(database, project, "INSERT INTO hypotheses%");
            member.commit();

            assertThatThrownBy(() -> adding.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isExactlyInstanceOf(ParallaxException.class)
                    .hasMessage("Hypothesis set 'Enlargement' already has a hypothesis Security: another member "
                            + "added that hypothesis a moment ago, and it is now in your process tracing (nothing was "
                            + "changed)");
            assertThat(lead.tracing().set("Enlargement").hypotheses()).extracting(Hypothesis::statement)
                    .containsExactly("ann's statement");
            assertThat(lead.history().undoLabel()).isEmpty();
        }
        assertThat(count("SELECT count(*) FROM hypotheses")).isEqualTo(1);
    }

    /** Without another member in the way, the same refusal says nothing of a moment ago. */
    @Test
    void aHypothesisTheSetHadBeforeIsRefusedWithoutAMomentAgo() throws Exception {
        try (Workbench lead = Workbench.open(url, null)) {
            lead.tracing().addHypothesis("Enlargement", "Security", "lena's statement", 0.3, false);
            assertThatThrownBy(() -> lead.tracing().addHypothesis("Enlargement", "security", null, 0.3, false))
                    .hasMessage("Hypothesis set 'Enlargement' already has a hypothesis security");
        }
    }

    @Test
    void theStudysHypothesesAddedAsAnotherMemberAddsThemAreRefusedInOneLine() throws Exception {
        String name = StudyHypotheses.TEMPLATE.name();
        try (Workbench lead = Workbench.open(url, null); Connection member = session()) {
            begin(member);
            update(member, "INSERT INTO hypothesis_sets(name, created) VALUES ('" + name + "', "
                    + "'2026-12-06T08:00:00Z')");

            CompletableFuture<?> adding = CompletableFuture.supplyAsync(() -> lead.tracing().installStudyTemplate());
            awaitWaitingForALock(database, project, "INSERT INTO hypothesis_sets%");
            member.commit();

            assertThatThrownBy(() -> adding.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isExactlyInstanceOf(ParallaxException.class)
                    .hasMessage("Hypothesis set '" + name + "' is already in the project: another member added that "
                            + "set a moment ago, and it is now in your process tracing (nothing was changed)");
        }
        assertThat(count("SELECT count(*) FROM hypothesis_sets")).isEqualTo(1);
    }

    /**
     * The events held were read before the write, so the study's events added by two members at the same moment were
     * each added twice. No unique index stands between them: the server's serializable check does, once both read
     * what the project holds in the transaction that writes.
     */
    @Test
    void theStudysEventsAddedByTwoMembersAtTheSameMomentAreNotDoubled() throws Exception {
        try (Connection admin = session()) {
            update(admin, "DELETE FROM causal_events");
        }
        CausalEvent first = StudyEvents.TEMPLATE.get(0);
        try (Workbench lead = Workbench.open(url, null); Connection member = session()) {
            begin(member);
            update(member, "SELECT count(*) FROM causal_events");
            update(member, "INSERT INTO causal_events(event_date, label) VALUES ('" + first.date() + "', '"
                    + first.label() + "')");

            assertThat(lead.tracing().addStudyEvents()).hasSize(StudyEvents.TEMPLATE.size());

            assertThatThrownBy(member::commit).as("the member's program, run again, finds the lead's events")
                    .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("40001"));
        }
        assertThat(count("SELECT count(*) FROM causal_events WHERE label = '" + first.label() + "'")).isEqualTo(1);
    }

    /** The other member's program starting the set Enlargement with ann's hypothesis, uncommitted. */
    private static void startEnlargementWithAnnsHypothesis(Connection member) throws SQLException {
        begin(member);
        update(member, "INSERT INTO hypothesis_sets(name, created) VALUES ('Enlargement', '2026-12-06T08:00:00Z')");
        update(member, "INSERT INTO hypotheses(set_id, name, statement, prior, catch_all, position) SELECT id, "
                + "'Security', 'ann''s statement', 0.4, 0, 1 FROM hypothesis_sets WHERE name = 'Enlargement'");
    }

    private Connection session() throws SQLException {
        return TestServer.projectSession(database, project);
    }

    private long count(String sql) throws SQLException {
        return TestServer.count(database, project, sql);
    }
}
