package org.parallax.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A team test's projects on the test server ({@code @RegisterExtension}): the bundled sample published as a fresh
 * project, members added with passwords the in-process command line knows, files in a folder of the test's own.
 * After each test, what it opened is closed, the passwords are forgotten and the folder is deleted.
 */
public final class TeamSample implements AfterEachCallback {
    private final Deque<AutoCloseable> opened = new ArrayDeque<>();
    private Path dir;

    /** The test's folder, made at the first call. */
    public Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("parallax-team");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    /** Publishes a copy of the sample as a fresh project named after {@code stem}: its lead's URL. */
    public String publish(String stem) throws Exception {
        return TeamMembers.publishedSample(dir(), stem);
    }

    /** The owner's URL of a project named after {@code stem} in a new database of the test server, not set up yet. */
    public String freshProject(String stem) {
        return TestServer.withProject(TestServer.freshDatabase(), TestServer.freshProjectName(stem));
    }

    /** A copy of the bundled sample in the test's folder, named {@code name} (replacing one of that name). */
    public Path sample(String name) throws IOException {
        return Files.copy(TeamMembers.SAMPLE, dir().resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    /** Runs {@code team publish FILE URL}: the command's result, whatever its exit code, for the test to judge. */
    public Cli publish(Path file, String url) {
        return Cli.parallax("team", "publish", file, url);
    }

    /** Makes the login {@code PROJECT_stem} a member with {@code role}: their URL. */
    public String member(String leadUrl, String stem, String role) throws Exception {
        return TeamMembers.add(leadUrl, stem, role, dir());
    }

    /** {@code resource}, closed after the test (before the folder is deleted). */
    public <T extends AutoCloseable> T closeAfter(T resource) {
        opened.push(resource);
        return resource;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            while (!opened.isEmpty()) {
                opened.pop().close();
            }
        } finally {
            TeamMembers.forget();
            if (dir != null) {
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(file);
                    }
                }
                dir = null;
            }
        }
    }
}
