package org.parallax.store.postgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.parallax.model.ReadOnlyCause;
import org.parallax.model.TeamRole;
import org.parallax.store.OutsideChange;
import org.parallax.store.ProjectLocation;
import org.parallax.store.ProjectStore;
import org.parallax.store.jdbc.JdbcProjectStore;
import org.parallax.store.jdbc.Sql;
import org.parallax.store.StoreException;
import org.parallax.store.TeamUrl;
import org.parallax.store.jdbc.Migrations;

/**
 * A team project on a PostgreSQL server: the JDBC stores over one {@link PostgresSession}. The session's login
 * is its coder; what it may read and write is decided by the server (docs/team.md).
 */
public final class PostgresProjectStore extends JdbcProjectStore {
    private final TeamUrl url;
    private final PostgresSession session;
    private final String login;
    /** The reason the session opened read-only with, or null, and its kind. */
    private final String openedReadOnly;
    private final ReadOnlyCause openedCause;

    /** A reader's reason, with the one thing that gives them more: the lead gives logins their roles. */
    static final String READER = "your role in this team project is reader: to code in it, ask the project's lead "
            + "for the coder role";

    private PostgresProjectStore(TeamUrl url, PostgresSession session, String login, String openedReadOnly,
                                 ReadOnlyCause openedCause) {
        super(session);
        this.url = url;
        this.session = session;
        this.login = login;
        this.openedReadOnly = openedReadOnly;
        this.openedCause = openedCause;
    }

    /** Opens the URL's team project; {@code prompt} is asked for a password only when none is stored. */
    public static PostgresProjectStore open(TeamUrl url, Supplier<char[]> prompt, boolean readOnly) {
        url.requireProject();
        TeamLogin teamLogin = TeamLogin.of(url);
        Connection connection;
        try {
            connection = teamLogin.connect(prompt);
        } catch (RuntimeException e) {
            teamLogin.forget();
            throw e;
        }
        try {
            int version = TeamSetup.version(connection);
            if (version == 0) {
                TeamSetup.notAMember(connection, url).ifPresent(refusal -> {
                    throw refusal;
                });
                throw new StoreException(url + ": no team project " + url.project() + " there (the database owner "
                        + "creates it with parallax team init, or publishes a file with parallax team publish)");
            }
            if (version != Migrations.latest()) {
                throw SchemaMismatch.of(connection, url, version);
            }
            Optional<String> olderRules = TeamRules.upToDate(connection, url);
            String login = TeamMembership.sessionLogin(connection);
            TeamRole role = TeamMembership.sessionRole(connection);
            boolean mayWrite = role != TeamRole.READER;
            String reason = !mayWrite ? READER
                    : olderRules.isPresent() ? olderRules.get()
                    : readOnly ? ProjectStore.OPENED_FOR_READING : null;
            ReadOnlyCause cause = !mayWrite ? ReadOnlyCause.TEAM_READER
                    : olderRules.isPresent() ? ReadOnlyCause.TEAM_RULES_OLDER : ReadOnlyCause.FOR_READING;
            return new PostgresProjectStore(teamLogin.url(), new PostgresSession(teamLogin, connection, role, reason),
                    login, reason, cause);
        } catch (SQLException | RuntimeException e) {
            teamLogin.forget();
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the first failure is the one to report
            }
            if (e instanceof SQLException sql) {
                throw new StoreException(url + ": " + TeamConnections.reason(sql), sql);
            }
            throw (RuntimeException) e;
        }
    }

    @Override
    public <T> T forView(Supplier<T> reads) {
        return session.forView(reads);
    }

    @Override
    public ProjectLocation location() {
        return url;
    }

    @Override
    public Optional<String> sessionCoder() {
        return Optional.of(login);
    }

    @Override
    public Optional<java.time.Instant> serverClock() {
        return Optional.of(session.read(c -> Sql.one(c, "SELECT clock_timestamp()",
                rs -> rs.getTimestamp(1).toInstant()).orElseThrow()));
    }

    @Override
    public Optional<TeamRole> sessionRole() {
        return Optional.of(session.role());
    }

    @Override
    public void onRoleChange(Consumer<TeamRole> listener) {
        session.onRoleChange(listener);
    }

    @Override
    public void actAs(String name) {
        session.actAs(name);
    }

    @Override
    public <T> T write(Supplier<T> work) {
        // The stores' writes inside the work name the parts they change; this one names none of its own.
        return session.write(java.util.Set.of(), connection -> work.get());
    }

    @Override
    public <T> T write(java.util.UUID action, Supplier<T> work) {
        return session.write(action, java.util.Set.of(), connection -> work.get());
    }

    @Override
    public Optional<Boolean> committed(java.util.UUID action) {
        return session.committed(action);
    }

    @Override
    public <T> T read(Supplier<T> work) {
        return session.readConsistently(work);
    }

    @Override
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(session.readOnlyReason());
    }

    /**
     * Why the session is read-only, by its kind: a reader's role (also one given while open), else the kind it opened
     * with; {@link ReadOnlyCause#TEAM} once it stopped writing since.
     */
    @Override
    public Optional<ReadOnlyCause> readOnlyCause() {
        return readOnlyReason().map(reason -> reason.equals(READER) ? ReadOnlyCause.TEAM_READER
                : reason.equals(openedReadOnly) ? openedCause : ReadOnlyCause.TEAM);
    }

    @Override
    public void stopWriting(String reason) {
        session.stopWriting(reason);
    }

    @Override
    public long commits() {
        return session.commits();
    }

    @Override
    public void onOwnCommit(Consumer<java.util.Set<OutsideChange.Part>> listener) {
        session.onOwnCommit(listener);
    }

    @Override
    public void onOutsideChange(Consumer<OutsideChange> listener) {
        session.onOutsideChange(listener);
    }

    /** The session, for the tests of this package that cut its connection. */
    PostgresSession session() {
        return session;
    }

    @Override
    public void onConnectionState(Consumer<String> listener) {
        session.onConnectionState(listener);
    }

    @Override
    public void listenForOutsideChanges() {
        session.listen();
    }

    @Override
    public void pollOutsideChanges() {
        session.pollOutsideChanges();
    }

    @Override
    public void snapshotTo(Path target) {
        throw new StoreException(url + ": a team project is backed up on its server (pg_dump, docs/team.md) or "
                + "copied with parallax team pull, not snapshotted here");
    }

    /** The server keeps its own data sound (checksums, WAL); there is no file here to check. */
    @Override
    public String quickCheck() {
        return "ok";
    }

    @Override
    public String integrityCheck() {
        return "ok";
    }

    @Override
    public int schemaVersion() {
        return session.read(PostgresDialect.INSTANCE::schemaVersion);
    }

    @Override
    public void close() {
        session.close();
    }
}
