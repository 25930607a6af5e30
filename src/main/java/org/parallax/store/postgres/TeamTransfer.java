package org.parallax.store.postgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.parallax.model.DiskFullException;
import org.parallax.model.FramesAndScenarios;
import org.parallax.model.PullMark;
import org.parallax.model.SharedRows;
import org.parallax.store.BeforeUpgrade;
import org.parallax.store.KilledWritersTemps;
import org.parallax.store.NewFileName;
import org.parallax.store.ProjectSideFiles;
import org.parallax.store.StoreException;
import org.parallax.store.TeamUrl;
import org.parallax.store.jdbc.IdFloors;
import org.parallax.store.jdbc.Migrations;
import org.parallax.store.sqlite.Database;

/**
 * A project file uploaded to a team project ({@code team publish}) and a team project copied into a new project
 * file ({@code team pull}). Each is one transaction on the server; a pulled file appears whole or not at all.
 */
public final class TeamTransfer {
    private static final System.Logger LOG = System.getLogger(TeamTransfer.class.getName());
    /** The hidden copy a pull writes beside its target: {@code .NAME.part-PID}. */
    private static final String PARTIAL_KIND = ".part";

    private TeamTransfer() {
    }

    /**
     * Copies every row of {@code file} into the URL's project, ids included. The project is set up first when
     * the server has none by that name yet, or only part of one (which needs the rights of {@code team init}); an
     * existing one must be empty, so nothing there is ever overwritten.
     */
    public static Map<String, Long> publish(Path file, TeamUrl url, Supplier<char[]> prompt, BeforeUpgrade before) {
        String project = url.requireProject();
        // Opened like any command opens a project: an older file is kept as it was, then brought up to date.
        try (Database source = Database.open(file, before)) {
            if (source.schemaVersion() != Migrations.latest()) {
                throw new StoreException(file.getFileName() + " has schema version " + source.schemaVersion()
                        + " and this Parallax publishes version " + Migrations.latest() + ": open it in this "
                        + "Parallax once, then publish");
            }
            // Also when an earlier publish or init was cut off midway: copying into a schema without all its
            // tables failed with the server's words, and into one without policies made a project nobody could use.
            if (!TeamSetup.isComplete(url, prompt)) {
                TeamSetup.init(url, prompt);
            }
            try (Connection server = TeamConnections.open(url, prompt)) {
                server.setAutoCommit(false);
                try {
                    String occupied = firstNonEmpty(server);
                    if (occupied != null) {
                        throw new StoreException(url + " already holds a project (its " + occupied + " table has "
                                + "rows): publish into a new project name");
                    }
                    Map<String, Long> rows = source.read(c -> consistently(c, () -> ProjectCopy.copy(c, server)));
                    ProjectCopy.continueIdentities(server, project);
                    server.commit();
                    return rows;
                } catch (SQLException | RuntimeException e) {
                    server.rollback();
                    throw e;
                }
            }
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "publish failed", e);
            throw new StoreException(file.getFileName() + " → " + url + ": " + TeamConnections.reason(e), e);
        }
    }

    /**
     * Copies what the URL's user may read of the project into a new project file {@code target} (a coder in
     * blind mode gets only their own passages). The file is written beside the target under another name and
     * moved into place when complete.
     */
    public static Map<String, Long> pull(TeamUrl url, Path target, Supplier<char[]> prompt) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new StoreException(NewFileName.taken(absolute, "choose a new file name"));
        }
        url.requireProject();
        // What a pull of the same target killed before its clean-up (SIGKILL, a power cut) left behind.
        KilledWritersTemps.removeIn(absolute.getParent(), Pattern.quote(absolute.getFileName().toString())
                + PARTIAL_KIND);
        Path partial = KilledWritersTemps.beside(absolute, PARTIAL_KIND);
        try (Connection server = TeamConnections.open(url, prompt)) {
            if (TeamSetup.version(server) != Migrations.latest()) {
                TeamSetup.notAMember(server, url).ifPresent(refusal -> {
                    throw refusal;
                });
                throw new StoreException(url + ": no team project " + url.project() + " at this Parallax's schema "
                        + "version there (run parallax team init first)");
            }
            // A coder's copy made under older rules would hold what blind mode hides from them.
            var olderRules = TeamRules.upToDate(server, url);
            if (olderRules.isPresent()) {
                throw new StoreException(url + ": " + olderRules.get() + " (nothing was pulled)");
            }
            server.setAutoCommit(false);
            try (var st = server.createStatement()) {
                st.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            }
            Map<String, Long> rows;
            try (Database copy = Database.create(partial)) {
                rows = copy.write(c -> {
                    Map<String, Long> copied = ProjectCopy.copy(server, c);
                    markPulled(server, c, url);
                    return copied;
                });
            } finally {
                server.rollback();
            }
            Files.move(partial, absolute, StandardCopyOption.ATOMIC_MOVE);
            return rows;
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "pull failed", e);
            throw new StoreException(url + " → " + absolute.getFileName() + ": " + TeamConnections.reason(e), e);
        } catch (DiskFullException e) {
            // The temporary file's name means nothing to the user: name the copy they asked for.
            throw new DiskFullException(absolute.getFileName() + ": the disk is full; the pull wrote nothing (free "
                    + "some space and pull again)", e);
        } catch (IOException e) {
            throw new StoreException(absolute.getFileName() + ": cannot move the pulled copy into place ("
                    + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(partial);
        }
    }

    /**
     * The copy codes as the login that pulled it, and remembers where and when it came from, so {@code team push}
     * tells offline work from what was pulled ({@link PullMark}).
     */
    private static void markPulled(Connection server, Connection copy, TeamUrl url) throws SQLException {
        String login;
        try (var st = server.createStatement(); var rs = st.executeQuery("SELECT current_user")) {
            rs.next();
            login = rs.getString(1);
        }
        long maxPassage = maxId(copy, "segments");
        long maxCode = maxId(copy, "codes");
        // The server's versions of what was pulled: push tells offline edits and server edits by these, not by dates.
        PullMark mark = new PullMark(url.projectAddress(), Instant.now().truncatedTo(ChronoUnit.MILLIS), maxPassage,
                maxCode, versions(copy, "memos"), versions(copy, "codes"), versions(copy, "documents"),
                new FramesAndScenarios(versions(copy, "frames"), versions(copy, "scenarios")), eventKeys(copy));
        try (var st = copy.prepareStatement("INSERT OR REPLACE INTO settings(key, value) VALUES (?, ?)")) {
            st.setString(1, "active_coder");
            st.setString(2, login);
            st.executeUpdate();
            st.setString(1, PullMark.KEY);
            st.setString(2, mark.encode());
            st.executeUpdate();
        }
        IdFloors.set(copy);
    }

    private static Map<Long, Long> versions(Connection c, String table) throws SQLException {
        Map<Long, Long> versions = new HashMap<>();
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT id, version FROM " + table)) {
            while (rs.next()) {
                versions.put(rs.getLong(1), rs.getLong(2));
            }
        }
        return versions;
    }

    /** The copy's events by id, each with the key of what it says, since an event carries no version. */
    private static Map<Long, Long> eventKeys(Connection c) throws SQLException {
        Map<Long, Long> keys = new HashMap<>();
        try (var st = c.createStatement();
                var rs = st.executeQuery("SELECT id, event_date, label, description FROM causal_events")) {
            while (rs.next()) {
                keys.put(rs.getLong(1), SharedRows.eventKey(rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        return keys;
    }

    private static long maxId(Connection c, String table) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private interface Copy<T> {
        T run() throws SQLException;
    }

    /** Reads a project file as one snapshot, even while another program writes to it. */
    private static <T> T consistently(Connection file, Copy<T> work) throws SQLException {
        try (var st = file.createStatement()) {
            st.execute("BEGIN");
        }
        try {
            return work.run();
        } finally {
            try (var st = file.createStatement()) {
                st.execute("COMMIT");
            }
        }
    }

    private static String firstNonEmpty(Connection server) throws SQLException {
        for (String table : ProjectCopy.TABLES) {
            try (var st = server.createStatement(); var rs = st.executeQuery("SELECT 1 FROM " + table + " LIMIT 1")) {
                if (rs.next()) {
                    return table;
                }
            }
        }
        return null;
    }

    private static void deleteQuietly(Path partial) {
        try {
            ProjectSideFiles.delete(partial);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot delete " + partial + " or what lies beside it", e);
        }
    }
}
