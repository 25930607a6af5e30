package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Memo;
import org.parallax.model.MemoTarget;
import org.parallax.testutil.Cli;
import org.parallax.testutil.NeedsTestServer;
import org.parallax.testutil.SampleTeamProjects;
import org.parallax.testutil.TestServer;

/**
 * The team server's disk full: the project's memos and texts are moved to a tablespace on a small tmpfs (real
 * "No space left on device" from the server, without filling the test server's own disk). A memo used to fail with
 * "database error (ERROR: could not extend file …" and the server's hint on a second line, and an import with "the
 * disk is full (needs about 16 MB, 69185 MB free)", this machine's free space. Now each is one line saying the
 * server's disk is full and that nothing was changed; the server holds what it held. Skipped where a tmpfs cannot be
 * mounted or the test server is not on this machine.
 */
@NeedsTestServer
class TeamServerDiskFullTest {
    @RegisterExtension
    static final SampleTeamProjects SERVER = new SampleTeamProjects();

    @TempDir
    Path dir;

    @Test
    void aFullServerDiskIsOneLineAndNothingIsChanged() throws Exception {
        String project = TestServer.freshProjectName("fullsrv");
        String url = SERVER.publish(project);
        // The server (run by the postgres user when the tests run as root) must reach the mount point.
        Path open = Files.createTempDirectory("parallax-server-disk");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path space = open.resolve("space");
        try (SmallDisk disk = SmallDisk.mountOrSkip(space, 8)) {
            Assumptions.assumeTrue(owned(space), "the test server's owner cannot be given the small disk");
            try (Connection admin = TestServer.plainSession(url, TestServer.adminUser(url), null);
                    Statement st = admin.createStatement()) {
                Assumptions.assumeTrue(moveToSmallDisk(st, project, space), "the test server is not on this machine");
                try {
                    String memoBefore = memos(st, project);
                    SmallDisk.fill(space.resolve("filler"));

                    Cli memo = Cli.parallax("memo", url, "--segment", 1, "--text", "m".repeat(100_000)
                            + random(60_000));
                    assertThat(memo.exit()).isEqualTo(1);
                    assertThat(memo.err()).hasLineCount(1).contains("the server's disk is full",
                            "nothing was changed").doesNotContain("Hint", "Exception");
                    assertThat(memos(st, project)).isEqualTo(memoBefore);

                    long documents = count(st, project + ".documents");
                    Path text = Files.writeString(dir.resolve("long speech.txt"), random(3_000_000));
                    Cli imported = Cli.parallax("import", url, text);
                    assertThat(imported.exit()).isEqualTo(1);
                    assertThat(imported.out() + imported.err()).contains("the team project's server has no disk "
                            + "space left").doesNotContain("MB free", "Hint", "Exception");
                    assertThat(count(st, project + ".documents")).isEqualTo(documents);
                } finally {
                    st.execute("DROP SCHEMA " + project + " CASCADE");
                    st.execute("DROP TABLESPACE " + project + "_small");
                }
            }
        } finally {
            Files.deleteIfExists(space);
            Files.deleteIfExists(open);
        }
    }

    /**
     * Undoing a memo edit puts its long text back, which the server has no room for: a full server disk is a passing
     * refusal, like a full local disk, so the step stays in the history and goes through once there is room. It was
     * taken off the history as a step that could never be undone, the earlier text lost to Undo.
     */
    @Test
    void anUndoRefusedByTheServersFullDiskStaysToBeTriedAgain() throws Exception {
        String project = TestServer.freshProjectName("fullundo");
        String url = SERVER.publish(project);
        Path open = Files.createTempDirectory("parallax-server-disk");
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path space = open.resolve("space");
        try (SmallDisk disk = SmallDisk.mountOrSkip(space, 8)) {
            Assumptions.assumeTrue(owned(space), "the test server's owner cannot be given the small disk");
            try (Connection admin = TestServer.plainSession(url, TestServer.adminUser(url), null);
                    Statement st = admin.createStatement()) {
                Assumptions.assumeTrue(moveToSmallDisk(st, project, space), "the test server is not on this machine");
                // The old text's space must not be reclaimed meanwhile: putting it back then needs new room.
                st.execute("ALTER TABLE " + project + ".memos SET (autovacuum_enabled = false, "
                        + "toast.autovacuum_enabled = false)");
                boolean german = speakGerman(st, SERVER.database());
                try (Workbench wb = Workbench.open(url, null)) {
                    MemoTarget memo = MemoTarget.passage(1);
                    String draft = random(900_000);
                    wb.memos().set(memo, draft);
                    wb.memos().set(memo, "In short: a threat.");
                    Path filler = SmallDisk.fill(space.resolve("filler"));

                    assertThatThrownBy(() -> wb.history().undo()).hasMessageContaining("the server's disk is full")
                            .hasMessageContaining("try Undo again").satisfies(refusal -> assertThat(
                                    refusal.getMessage()).hasLineCount(1).doesNotContain("damaged", "taken off"));
                    assertThat(wb.history().undoLabel()).as("the refused step stays").isPresent();
                    assertThat(wb.memos().memo(memo)).get().extracting(Memo::text).isEqualTo("In short: a threat.");

                    Files.delete(filler);
                    wb.history().undo();
                    assertThat(wb.memos().memo(memo)).get().extracting(Memo::text).isEqualTo(draft);
                } finally {
                    if (german) {
                        st.execute("ALTER DATABASE " + databaseName(SERVER.database()) + " RESET lc_messages");
                    }
                }
            } finally {
                dropSmallDisk(url, project);
            }
        } finally {
            Files.deleteIfExists(space);
            Files.deleteIfExists(open);
        }
    }

    /**
     * Makes the server word its errors in German where this machine has that locale (Debian: locales, localedef),
     * so that "No space left on device" appears nowhere and only the server's SQLSTATE says the disk is full; false
     * (English, as before) elsewhere.
     */
    private static boolean speakGerman(Statement st, String databaseUrl) {
        try {
            st.execute("SET lc_messages = 'de_DE.UTF-8'");
            st.execute("RESET lc_messages");
            st.execute("ALTER DATABASE " + databaseName(databaseUrl) + " SET lc_messages = 'de_DE.UTF-8'");
            return true;
        } catch (java.sql.SQLException noSuchLocale) {
            return false;
        }
    }

    private static String databaseName(String databaseUrl) {
        String path = databaseUrl.substring(databaseUrl.lastIndexOf('/') + 1);
        int query = path.indexOf('?');
        return query < 0 ? path : path.substring(0, query);
    }

    private static void dropSmallDisk(String url, String project) throws Exception {
        try (Connection admin = TestServer.plainSession(url, TestServer.adminUser(url), null);
                Statement st = admin.createStatement()) {
            st.execute("DROP SCHEMA IF EXISTS " + project + " CASCADE");
            st.execute("DROP TABLESPACE IF EXISTS " + project + "_small");
        }
    }

    private static boolean owned(Path space) throws Exception {
        if (!"root".equals(System.getProperty("user.name"))) {
            return true;
        }
        Process chown = new ProcessBuilder("chown", "postgres:", space.toString()).start();
        return chown.waitFor() == 0;
    }

    /** The project's texts and memos into a tablespace on the small disk; false when the server cannot use it. */
    private static boolean moveToSmallDisk(Statement st, String project, Path space) {
        try {
            st.execute("CREATE TABLESPACE " + project + "_small LOCATION '" + space + "'");
        } catch (java.sql.SQLException elsewhere) {
            return false;
        }
        try {
            for (String table : new String[] {"memos", "document_texts", "documents"}) {
                st.execute("ALTER TABLE " + project + "." + table + " SET TABLESPACE " + project + "_small");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return true;
    }

    private static String memos(Statement st, String project) throws Exception {
        try (var rs = st.executeQuery("SELECT string_agg(text, '|' ORDER BY id) FROM " + project + ".memos")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static long count(Statement st, String table) throws Exception {
        try (var rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Text that does not compress, so the server must store every byte. */
    private static String random(int length) {
        java.util.Random random = new java.util.Random(length);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append((char) ('a' + random.nextInt(26)));
            if (i % 80 == 79) {
                text.append('\n');
            }
        }
        return text.toString();
    }
}
