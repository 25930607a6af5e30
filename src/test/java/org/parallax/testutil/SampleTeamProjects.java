package org.parallax.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.Team;

/**
 * The set-up the team-project workbench tests share: one fresh database on the PostgreSQL test server for the test
 * class (so classes never see each other's projects), into which each test publishes its own copy of the bundled
 * sample under a fresh project name, as a lead would with {@code team publish}. Register it as a static field with
 * {@code @RegisterExtension}; without a test server the class is skipped (failed under CI=true) before any test runs.
 */
public final class SampleTeamProjects implements BeforeAllCallback, AfterAllCallback {
    /** The bundled sample: 15 documents, 71 passages by 2 coders. */
    public static final Path SAMPLE = Path.of("samples", "nato-russia.parallax");
    /**
     * How long an awaited event may take on a loaded test machine. How fast events arrive is the benchmark's figure,
     * not a test's: a test machine's wall time is no measurement.
     */
    public static final long EVENT_WAIT_SECONDS = 60;

    private String database;
    private Path folder;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        database = TestServer.freshDatabase();
        folder = Files.createTempDirectory("parallax-team-sample");
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    /** The admin URL of this class's database (no project). */
    public String database() {
        return database;
    }

    /** The sample published as the team project {@code project} (a name from {@link TestServer#freshProjectName}); its admin URL. */
    public String publish(String project) {
        try {
            Path file = Files.copy(SAMPLE, folder.resolve(project + ".parallax"));
            String url = TestServer.withProject(database, project);
            Team.publish(file, url, null, null);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until {@code wanted} is heard (other events are passed over); fails after {@link #EVENT_WAIT_SECONDS}. */
    public static void awaitEvent(BlockingQueue<ProjectEvent> heard, ProjectEvent wanted) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(EVENT_WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            if (heard.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS) == wanted) {
                return;
            }
        }
        throw new AssertionError("no " + wanted + " event heard within " + EVENT_WAIT_SECONDS + " s");
    }
}
