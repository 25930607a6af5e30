package org.parallax.testutil;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts a PostgreSQL cluster of the test class's own with {@code .ci/pg-test-server start} before the class, points
 * {@link TestServer} at it while the class runs (its databases, halts, restarts and pauses), and stops and deletes it
 * after the class. Use it through {@link OwnTestServer}.
 */
public final class OwnCluster implements BeforeAllCallback, AfterAllCallback {
    private static final Pattern EXPORT = Pattern.compile("export (PARALLAX_TEST_PG_[A-Z]+)='([^']*)'");

    @Override
    public void beforeAll(ExtensionContext context) {
        TestServer.adminUrl();
        Map<String, String> exports = new HashMap<>();
        Matcher m = EXPORT.matcher(start());
        while (m.find()) {
            exports.put(m.group(1), m.group(2));
        }
        String url = exports.get(TestServer.URL_VARIABLE);
        String dir = exports.get(TestServer.DIR_VARIABLE);
        if (url == null || dir == null) {
            throw new IllegalStateException(".ci/pg-test-server start named no server: " + exports);
        }
        TestServer.useOwnCluster(url, dir);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        String dir = TestServer.ownClusterFolder();
        TestServer.useSharedServer();
        if (dir != null) {
            run("stop", dir);
        }
    }

    /**
     * Starts a cluster, trying again twice: the script takes a port it found free, which another cluster starting or
     * restarting at that moment can take first (seen once in a whole run, the class then failing before its tests).
     */
    private static String start() {
        IllegalStateException last = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                return run("start");
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        throw last;
    }

    /** Runs {@code .ci/pg-test-server ARGS}: its standard output. */
    static String run(String... args) {
        String[] command = new String[args.length + 2];
        command[0] = "bash";
        command[1] = ".ci/pg-test-server";
        System.arraycopy(args, 0, command, 2, args.length);
        try {
            Path errors = Files.createTempFile("pg-test-server", ".err");
            try {
                Process p = new ProcessBuilder(command).redirectError(errors.toFile()).start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (!p.waitFor(180, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    p.destroyForcibly();
                    throw new IllegalStateException(String.join(" ", command) + " failed: " + output
                            + Files.readString(errors, StandardCharsets.UTF_8));
                }
                return output;
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
