package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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
import org.parallax.model.Code;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.HeldWrites;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.TestServer;

/**
 * Two members saving the same unique thing at the same moment: the later one's transaction fails on the server's
 * unique index, which reached the member as "database error (duplicate key value violates unique constraint
 * codes_name_key …)". A plain JDBC session plays the other member and holds its insert uncommitted until the lead's
 * action waits on it, so the order of events is exact.
 */
@NeedsTestServer
class TeamSameMomentSavesTest {
    @TempDir
    Path dir;
    private String database;
    private String project;
    private String url;

    @BeforeEach
    void publish() throws Exception {
        database = TestServer.freshDatabase();
        project = TestServer.freshProjectName("samemoment");
        url = TestServer.publishSample(dir, database, project);
    }

    @Test
    void aCodeAnotherMemberAddsUnderTheSameNameAtTheSameMomentIsNamedInOneLineAndShown() throws Exception {
        try (Workbench lead = Workbench.open(url, null); Connection member = session()) {
            Long frame = lead.codebook().current().frames().get(0).id();
            begin(member);
            update(member, "INSERT INTO codes(name, frame_id, color, position, version, changed_by) VALUES "
                    + "('Elite cohesion', " + frame + ", '#123456', 99, 1, 'ann')");

            CompletableFuture<Code> adding = CompletableFuture.supplyAsync(() -> lead.codebook()
                    .addCode("Elite cohesion", frame, null, null, "lena's definition"));
            awaitWaitingForALock("INSERT INTO codes%");
            member.commit();

            assertThatThrownBy(() -> adding.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isExactlyInstanceOf(ParallaxException.class)
                    .hasMessage("A code named 'Elite cohesion' already exists: another member added that code a "
                            + "moment ago, and it is now in your codebook (nothing was changed)");
            assertThat(lead.codebook().current().codes()).filteredOn(c -> c.name().equals("Elite cohesion"))
                    .singleElement().satisfies(c -> assertThat(c.color()).isEqualTo("#123456"));
            assertThat(lead.history().undoLabel()).isEmpty();
        }
        assertThat(count("SELECT count(*) FROM codes WHERE name = 'Elite cohesion'")).isEqualTo(1);
    }

    @Test
    void aFrameAnotherMemberAddsUnderTheSameNameAtTheSameMomentIsNamedInOneLine() throws Exception {
        try (Workbench lead = Workbench.open(url, null); Connection member = session()) {
            begin(member);
            update(member, "INSERT INTO frames(name, color, position, version, changed_by) VALUES "
                    + "('Neoclassical realism', '#654321', 99, 1, 'ann')");

            CompletableFuture<?> adding = CompletableFuture.supplyAsync(() -> lead.codebook()
                    .addFrame("Neoclassical realism", "lena's tenets", null));
            awaitWaitingForALock("INSERT INTO frames%");
            member.commit();

            assertThatThrownBy(() -> adding.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isExactlyInstanceOf(ParallaxException.class)
                    .hasMessage("A frame named 'Neoclassical realism' already exists: another member added that "
                            + "frame a moment ago, and it is now in your codebook (nothing was changed)");
        }
        assertThat(count("SELECT count(*) FROM frames WHERE name = 'Neoclassical realism'")).isEqualTo(1);
    }

    /** Another member's search saved under the name at the same moment is theirs: the line names them. */
    @Test
    void aSearchAnotherMemberSavesUnderTheSameNameAtTheSameMomentIsNotReplaced() throws Exception {
        try (Workbench lead = Workbench.open(url, null); Connection member = session()) {
            begin(member);
            update(member, "INSERT INTO saved_searches(name, query, created, saved_by) VALUES ('threats', "
                    + "'угроза', '2026-12-06T08:00:00Z', 'ann')");

            CompletableFuture<?> saving = CompletableFuture.supplyAsync(() -> lead.search().save("threats", "threat*"));
            awaitWaitingForALock("INSERT INTO saved_searches%");
            member.commit();

            assertThatThrownBy(() -> saving.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isExactlyInstanceOf(ParallaxException.class)
                    .hasMessage("another member (ann) saved a search called 'threats' a moment ago: choose another "
                            + "name (nothing was changed)");
            assertThat(lead.search().saved()).extracting(s -> s.query()).containsExactly("угроза");
        }
    }

    private void awaitWaitingForALock(String query) throws Exception {
        HeldWrites.awaitWaitingForALock(database, project, query);
    }

    private Connection session() throws SQLException {
        return TestServer.projectSession(database, project);
    }

    private long count(String sql) throws SQLException {
        return TestServer.count(database, project, sql);
    }
}
