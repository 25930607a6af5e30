package org.parallax.testutil;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PostgreSQL server the team-project tests use: the one {@code .ci/pg-test-server} starts and names in
 * PARALLAX_TEST_PG_URL ({@code postgresql://ADMIN@HOST:PORT/DATABASE}, a superuser that logs in from the
 * loopback address without a password). Without it a test skips, saying how to start one, except under
 * CI=true, where a missing server is a failure: CI must never go green by skipping the team tests.
 */
public final class TestServer {
    public static final String URL_VARIABLE = "PARALLAX_TEST_PG_URL";
    /** The shared cluster's folder ({@code .ci/pg-test-server} prints it; tests never stop that cluster). */
    public static final String DIR_VARIABLE = "PARALLAX_TEST_PG_DIR";
    static final String MISSING = "no PostgreSQL test server: run  eval \"$(bash .ci/pg-test-server start)\"  to set "
            + URL_VARIABLE + " for the team-project tests";

    /** The cluster of the running test class's own ({@link OwnTestServer}), or null for the shared server. */
    private static volatile OwnClusterAddress own;

    private record OwnClusterAddress(String url, String folder) {
    }

    private TestServer() {
    }

    static void useOwnCluster(String url, String folder) {
        own = new OwnClusterAddress(url, folder);
    }

    static void useSharedServer() {
        own = null;
    }

    static String ownClusterFolder() {
        OwnClusterAddress cluster = own;
        return cluster == null ? null : cluster.folder();
    }

    /**
     * The server's admin URL (no project), or a skip/failure when none is configured: the shared server, or while a
     * class marked {@link OwnTestServer} runs, its own cluster.
     */
    public static String adminUrl() {
        OwnClusterAddress cluster = own;
        String url = System.getenv(URL_VARIABLE);
        if (!configured()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(MISSING + " (CI=true: .ci/run starts one, so its absence is a failure)");
            }
            assumeTrue(false, MISSING);
        }
        return cluster != null ? cluster.url() : url;
    }

    static boolean configured() {
        String url = System.getenv(URL_VARIABLE);
        return url != null && !url.isBlank();
    }

    /**
     * A new, empty database on the test server for one test class, so classes never see each other's
     * projects; returned as an admin URL on that database.
     */
    public static String freshDatabase() {
        String admin = adminUrl();
        String name = "parallax_t" + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        try (Connection c = plainSession(admin, adminUser(admin), null)) {
            c.createStatement().execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create a test database on " + admin, e);
        }
        return admin.substring(0, admin.lastIndexOf('/') + 1) + name;
    }

    /** The same server and database as {@code url}, with {@code ?project=NAME}. */
    public static String withProject(String url, String project) {
        return url + "?project=" + project;
    }

    /**
     * A session of the database's owner on {@code database} (a URL from {@link #freshDatabase}) in the schema of the
     * team project {@code project}, as any SQL client would open it, bypassing Parallax.
     */
    public static Connection projectSession(String database, String project) throws SQLException {
        Connection c = plainSession(database, adminUser(database), null);
        c.createStatement().execute("SET search_path TO " + project);
        return c;
    }

    /** The number {@code sql} ("SELECT count(*) …") gives in the team project's schema, as a SQL client reads it. */
    public static long count(String database, String project, String sql) throws SQLException {
        try (Connection c = projectSession(database, project);
                java.sql.ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The bundled sample, copied into {@code dir}, published as the team project {@code project} in {@code database}
     * (a URL from {@link #freshDatabase}) with the command line, as a lead does; returns the project's URL.
     */
    public static String publishSample(Path dir, String database, String project) throws IOException {
        Path sample = Files.copy(Path.of("samples", "nato-russia.parallax"), dir.resolve(project + ".parallax"));
        String url = withProject(database, project);
        Cli published = Cli.parallax("team", "publish", sample, url);
        if (published.exit() != 0) {
            throw new IllegalStateException("cannot publish the sample to " + url + ": " + published.err());
        }
        return url;
    }

    /** A project name no other test uses (group roles are shared by the whole server). */
    public static String freshProjectName(String stem) {
        return stem + "_" + Long.toString(ThreadLocalRandom.current().nextLong() & 0xffffffL, 36);
    }

    /**
     * A plain JDBC session, as any SQL client would open it, bypassing Parallax: {@code user} logs into the
     * database of {@code url} (a Parallax team URL, whose project setting is ignored).
     */
    public static Connection plainSession(String url, String user, String password) throws SQLException {
        String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        String hostAndDb = base.substring(base.indexOf('@') + 1);
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null) {
            props.setProperty("password", password);
        }
        return DriverManager.getConnection("jdbc:postgresql://" + hostAndDb, props);
    }

    /** Shuts the test server down (fast: every session is cut off), keeping its data; {@link #restart()} brings it back. */
    public static void halt() {
        control("halt");
    }

    /** Restarts the test server (or starts it after {@link #halt()}) on the same port with the same data. */
    public static void restart() {
        control("restart");
    }

    /**
     * Stops the test server's postmaster (SIGSTOP) without ending anything: its kernel still accepts connections,
     * which then get no answer, as from a hung server or one behind a cut link. {@link #resume()} lets it go on.
     */
    public static void pause() {
        signalPostmaster("STOP");
    }

    /** Lets a {@link #pause() paused} test server go on. */
    public static void resume() {
        signalPostmaster("CONT");
    }

    private static void signalPostmaster(String signal) {
        String folder = ownFolder("pauses");
        try {
            String pid = java.nio.file.Files.readAllLines(java.nio.file.Path.of(folder, "data", "postmaster.pid"))
                    .get(0).strip();
            Process p = new ProcessBuilder("kill", "-" + signal, pid).redirectErrorStream(true).start();
            if (!p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + pid + " failed");
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Runs {@code .ci/pg-test-server COMMAND FOLDER} on the test class's own cluster. */
    private static void control(String command) {
        OwnCluster.run(command, ownFolder(command.equals("halt") ? "halts" : "restarts"));
    }

    /**
     * The folder of the running class's own cluster; a test that would stop the shared server instead fails, since
     * every other test running meanwhile (another build on the machine) would lose it.
     */
    private static String ownFolder(String what) {
        adminUrl();
        String folder = ownClusterFolder();
        if (folder == null) {
            fail("a test that " + what + " the PostgreSQL server needs a cluster of its own: mark its class "
                    + "@OwnTestServer (the shared test server serves every other test running meanwhile)");
        }
        return folder;
    }

    /** A team URL with {@code login} in place of its user (another member's way into the same project). */
    public static String asLogin(String url, String login) {
        return url.replaceFirst("//[^@]+@", "//" + login + "@");
    }

    /** The admin user named in the URL. */
    public static String adminUser(String url) {
        return url.substring("postgresql://".length(), url.indexOf('@'));
    }
}
