package org.parallax.testutil;

import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.TeamRole;
import org.parallax.workbench.Team;
import org.parallax.workbench.Workbench;

/**
 * Where a workbench test keeps its project: an embedded SQLite file, or a fresh schema (team project) on the
 * PostgreSQL test server. A test written against this runs unchanged on both ({@link BothBackends}); whatever it
 * creates here is a real project of that backend, opened through the same {@code Workbench} entry points a user
 * goes through.
 */
public enum Backend {
    SQLITE("SQLite file"),
    POSTGRESQL("PostgreSQL schema");

    /** One database on the test server for every project this JVM's tests create (each is its own schema). */
    private static volatile String database;

    /** The password of every login {@link #codingAs} makes on the test server. */
    public static final String PASSWORD = "backend-test-pw";

    private final String label;

    Backend(String label) {
        this.label = label;
    }

    /**
     * A new project at {@code file} (or, on PostgreSQL, a new team project made from that file by
     * {@code team publish}) with {@code codebook} installed, open.
     */
    public Workbench create(Path file, CodebookDefinition codebook) {
        Workbench created = Workbench.create(file, codebook);
        if (this == SQLITE) {
            return created;
        }
        created.close();
        Workbench published = publish(file);
        try {
            // The team project is the project now: a test must not find the file and take it for it.
            Files.delete(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return published;
    }

    /** A new project with the table1 codebook in {@code dir}, open. */
    public Workbench table1(Path dir) {
        return create(dir.resolve("test.parallax"), CodebookTemplates.named("table1"));
    }

    /**
     * The project file {@code file} as this backend holds it, open: the file itself, or a new team project
     * published from it (the file stays, so several tests may start from one file).
     */
    public Workbench from(Path file) {
        return this == SQLITE ? Workbench.open(file) : publish(file);
    }

    /** Another session on the same project as {@code open} (a second window, or the project opened again). */
    public static Workbench openAgain(Workbench open) {
        return Workbench.open(open.location(), PASSWORD::toCharArray);
    }

    /**
     * {@code open}'s project, coding as {@code coder} from now on: in a file the active coder changes; on the
     * server, where one codes as one's login, {@code open} is closed and the project opened as that login.
     */
    public Workbench codingAs(Workbench open, String coder) {
        if (this == SQLITE) {
            open.setActiveCoder(coder);
            return open;
        }
        String location = open.location();
        open.close();
        return open(location, coder);
    }

    /**
     * A session on the project at {@code location} coding as {@code coder}: a file opened with that active coder,
     * or the team project opened as a lead login of that name (made, with the password {@link #PASSWORD}, when
     * missing), as a second member would.
     */
    public Workbench open(String location, String coder) {
        if (this == SQLITE) {
            Workbench wb = Workbench.open(location, null);
            wb.setActiveCoder(coder);
            return wb;
        }
        Team.addUser(TestServer.asLogin(location, TestServer.adminUser(TestServer.adminUrl())), null, coder, TeamRole.LEAD,
                PASSWORD.toCharArray(), null);
        return Workbench.open(TestServer.asLogin(location, coder), PASSWORD::toCharArray);
    }

    /** Closes {@code open} and opens its project again, as after quitting and restarting Parallax. */
    public static Workbench reopen(Workbench open) {
        String location = open.location();
        open.close();
        return Workbench.open(location, PASSWORD::toCharArray);
    }

    private static Workbench publish(Path file) {
        String project = TestServer.freshProjectName("wb");
        String url = TestServer.withProject(database(), project);
        Team.publish(file, url, null, null);
        return Workbench.open(url, null);
    }

    private static String database() {
        if (database == null) {
            synchronized (Backend.class) {
                if (database == null) {
                    database = TestServer.freshDatabase();
                }
            }
        }
        return database;
    }

    @Override
    public String toString() {
        return label;
    }
}
