package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
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
