package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.store.ServerLostException;
import org.parallax.testutil.MatrixCells;
import org.parallax.testutil.OwnTestServer;
import org.parallax.testutil.SampleTeamProjects;
import org.parallax.testutil.TestServer;

/**
 * A window that coded and then lost its server: Table 1 is counted from what the window holds (docs/team.md, "Live
 * updates"), also after a coding of this window committed and after a coding failed for the outage, and a coding
 * during the outage waits out one reconnection (its 30 tries, as documented), not one per read it makes.
 */
@OwnTestServer
class TeamOutageAnswersFromMemoryTest {
    @RegisterExtension
    static final SampleTeamProjects team = new SampleTeamProjects();
    private static final Duration NO_POLLING = Duration.ofHours(1);

    @Test
    void table1AfterCodingAndAFailedCodingNeedsNoServerAndTheCodingWaitsOnce() throws Exception {
        String url = team.publish(TestServer.freshProjectName("outage"));
        try (Workbench window = Workbench.open(url, null)) {
            window.watchOutsideChanges(NO_POLLING);
            window.warmUp();
            assertThat(window.awaitWarmUp(120_000)).isTrue();
            Document document = window.documents().list().get(0);
            Code code = window.codebook().current().codes().stream().filter(c -> c.frameId() != null).findFirst()
                    .orElseThrow();
            var before = MatrixCells.of(window.analysis().table1());
            window.coding().code(document.id(), 3, 8, code.id(), null);
            List<String> said = new CopyOnWriteArrayList<>();
            window.onConnectionState(said::add);

            TestServer.halt();
            List<?> counted;
            try {
                long started = System.nanoTime();
                assertThatThrownBy(() -> window.coding().code(document.id(), 11, 29, code.id(), null))
                        .isInstanceOf(ServerLostException.class);
                System.out.println("coding during the outage gave up after "
                        + Duration.ofNanos(System.nanoTime() - started).toMillis() + " ms");
                assertThat(said).as("the coding waited out one reconnection, not one per read")
                        .filteredOn(s -> s.contains("(try 1)")).hasSize(1);
                said.clear();
                counted = MatrixCells.of(window.analysis().table1());
                assertThat(said).as("Table 1 asked the server nothing").noneMatch(s -> s.contains("(try "));
            } finally {
                TestServer.restart();
            }
            assertThat(counted).as("Table 1 with the server down counts the passage coded before it went down")
                    .isNotEqualTo(before).isEqualTo(MatrixCells.of(window.analysis().table1()));
        }
    }
}
