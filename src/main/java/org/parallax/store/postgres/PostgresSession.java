package org.parallax.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.parallax.model.AlreadyThereException;
import org.parallax.model.ParallaxException;
import org.parallax.model.TeamRole;
import org.parallax.store.NotAMemberException;
import org.parallax.store.OutsideChange;
import org.parallax.store.OutsideChange.Part;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;
import org.parallax.store.ProjectBusyException;
import org.parallax.store.ReaderNowException;
import org.parallax.store.ServerLostException;
import org.parallax.store.StoreException;
import org.parallax.store.TeamUrl;
import org.parallax.store.WritesRefusedException;
import org.parallax.store.jdbc.Dialect;
import org.parallax.store.jdbc.SqlWork;

/**
 * One client's session with a team project: one connection, used by one thread at a time. Every write is a
 * SERIALIZABLE transaction (one user action; nested writes join it), run again from the start when the server
 * reports a serialization failure or a deadlock, so concurrent coders never see a lost update nor such an error.
 * Reads outside a write run in auto-commit; {@link #readConsistently} gives several reads one snapshot.
 */
final class PostgresSession implements org.parallax.store.jdbc.JdbcSession, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PostgresSession.class.getName());
    private static final String READ_ONLY = "SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY";
    /** Attempts of one transaction before the user is told the server is too busy. */
    static final int ATTEMPTS = 30;
    /** Seconds a lost connection is tried again before an action is given up. */
    static final int RECONNECT_ATTEMPTS = 30;
    /**
     * Tries of a lost connection before a read made to fill a view ({@link #forView}) is given up: the view is left
     * as it was and refreshes when the server is back, so a person learns within seconds that the server is out of
     * reach. Every other read (an action's, a command's) is as patient as a change: with three tries for every read,
     * a coding action's reads gave up during a server restart slower than three seconds (TeamRestartTest).
     */
    static final int VIEW_RECONNECT_ATTEMPTS = 3;

    private final TeamUrl url;
    private final TeamLogin login;
    private volatile Connection connection;
    private volatile int ownProcess;
    /** Whether the project has the applied_actions table (team init of this version); older ones lack it. */
    private final boolean recordsActions;
    private final ServerReach reach;
    private final ServerProbe probe;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Consumer<Set<Part>> ownCommit;
    /** Guarded by {@link #lock}: the parts of the project the transaction under way wrote, as its writes named. */
    private Set<Part> written = EnumSet.noneOf(Part.class);
    /** Whether the calling thread is filling a view: per thread, since a view's reads span several calls. */
    private final ThreadLocal<Boolean> fillingView = ThreadLocal.withInitial(() -> Boolean.FALSE);
    private boolean inTransaction;
    private volatile String readOnlyReason;
    /** The login's role in the project as last learnt: at opening, from a refused change, from the feed's heartbeat. */
    private volatile TeamRole role;
    private volatile Consumer<TeamRole> roleChange = role -> {
    };
    private volatile long commits;
    private volatile boolean closed;
    private String seenChange;
    /** Whether the listener is being told of outside changes now (under the lock, so on the lock's thread). */
    private boolean telling;
    private volatile Consumer<OutsideChange> outsideChange;
    private volatile String actor;
    private ChangeFeed feed;
    /** Runs right after each commit; the connection-loss test uses it to lose a commit's answer. */
    private volatile SqlWork<Void> afterCommit = c -> null;

    PostgresSession(TeamLogin login, Connection connection, TeamRole role, String readOnlyReason) {
        this.url = login.url();
        this.role = role;
        this.login = login;
        this.connection = connection;
        this.readOnlyReason = readOnlyReason;
        this.ownProcess = processId(connection);
        this.recordsActions = ActionLog.present(connection);
        this.reach = new ServerReach(url);
        this.probe = new ServerProbe(login::connect, reach);
    }

    @Override
    public Dialect dialect() {
        return PostgresDialect.INSTANCE;
    }

    @Override
    public String actor() {
        return actor;
    }

    /** Names who makes the following changes, recorded as {@code changed_by} on versioned rows. */
    void actAs(String name) {
        this.actor = name;
    }

    @Override
    public <T> T write(SqlWork<T> work) {
        return write(UUID.randomUUID(), false, EVERY_PART, work);
    }

    @Override
    public <T> T write(Set<Part> parts, SqlWork<T> work) {
        return write(UUID.randomUUID(), false, parts, work);
    }

    /** Whether the action {@code action} committed; empty when this project does not record actions. */
    java.util.Optional<Boolean> committed(UUID action) {
        if (!recordsActions) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(read(c -> ActionLog.applied(c, action)));
    }

    /**
     * {@link #write(SqlWork)} under an id the caller chose, so it can ask later whether the action committed, from
     * another session too: the id is kept, not removed after a day (a push's, asked by its copy at the next push).
     */
    <T> T write(UUID action, Set<Part> parts, SqlWork<T> work) {
        return write(action, true, parts, work);
    }

    private <T> T write(UUID action, boolean kept, Set<Part> parts, SqlWork<T> work) {
        boolean outermost = !lock.isHeldByCurrentThread();
        Set<Part> wrote = EnumSet.noneOf(Part.class);
        T result = writeLocked(action, kept, parts, wrote, work);
        Consumer<Set<Part>> listener = ownCommit;
        if (outermost && listener != null) {
            listener.accept(Collections.unmodifiableSet(wrote));
        }
        return result;
    }

    /**
     * Hears each write transaction this session commits, once it has ended ({@link #write(Set, SqlWork)}), with the
     * parts of the project its writes named.
     */
    void onOwnCommit(Consumer<Set<Part>> listener) {
        this.ownCommit = listener;
    }

    /** {@code wrote}: where the outermost write gathers the parts its nested writes name. */
    private <T> T writeLocked(UUID action, boolean kept, Set<Part> parts, Set<Part> wrote, SqlWork<T> work) {
        lock.lock();
        try {
            if (inTransaction) {
                written.addAll(parts);
                return work.run(connection);
            }
            written = wrote;
            written.addAll(parts);
            if (PostgresProjectStore.READER.equals(readOnlyReason)) {
                // A lead may have given a reader the coder role since: asked only when a change is refused for it.
                askRole();
            }
            if (readOnlyReason != null) {
                String refusal = url + " is open for reading only: " + readOnlyReason;
                throw PostgresProjectStore.READER.equals(readOnlyReason) ? new ReaderNowException(refusal, null)
                        : new WritesRefusedException(refusal);
            }
            refuseWhileGivenUp(true);
            // One id per user action, whatever the attempts: after a lost connection it tells whether it committed.
            // What the last attempt's work returned just before its commit: when only the commit's answer was
            // lost, that attempt is the one the server applied, and its result is the action's.
            var attemptResult = new Object() {
                T value;
                boolean complete;
            };
            int reconnects = 0;
            boolean reconnected = false;
            // The table of another member's save this action collided with, once it did (SameMomentSaves).
            String collidedOn = null;
            int collisions = 0;
            // Whether another member's transaction made this action run again (a collision, a serialization failure or
            // a deadlock): what the run again finds in its way is what they added a moment ago.
            boolean ranAgain = false;
            for (int attempt = 1; ; attempt++) {
                try {
                    if (reconnected && recordsActions && ActionLog.applied(connection, action)) {
                        if (!attemptResult.complete) {
                            throw new IllegalStateException("an action committed without its work completing");
                        }
                        LOG.log(System.Logger.Level.INFO, url + ": the answer to a commit was lost; the action was "
                                + "applied once and is not run again");
                        commits++;
                        changedMeanwhile();
                        return attemptResult.value;
                    }
                    attemptResult.complete = false;
                    noticeOutsideChanges();
                    // The action's id is recorded by the statement that opens the transaction: one round trip.
                    T result = transaction(c -> {
                        T value = work.run(c);
                        attemptResult.value = value;
                        attemptResult.complete = true;
                        return value;
                    }, "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE"
                            + (recordsActions ? "; " + ActionLog.recording(action, kept) : ""));
                    commits++;
                    if (feed == null) {
                        seenChange = changeMark();
                    }
                    return result;
                } catch (ParallaxException refused) {
                    if (ranAgain && refused instanceof AlreadyThereException there) {
                        // The views reload to show it, as they do after a collision.
                        changedMeanwhile();
                        throw new ParallaxException(there.aMomentAgo(), there);
                    }
                    if (collidedOn != null && SameMomentSaves.isRefusal(refused)) {
                        throw SameMomentSaves.refusal(collidedOn, refused);
                    }
                    throw refused;
                } catch (SQLException e) {
                    if (unanswered(e) && !attemptResult.complete) {
                        // Run again, the action would wait as long again; the next action reconnects.
                        throw new ServerLostException(url + ": " + silence() + "; this change was not saved (it "
                                + "never reached the server's commit): make it again once the server answers", e,
                                false);
                    }
                    if (lost(e) && reconnects++ < RECONNECT_ATTEMPTS) {
                        try {
                            reconnect(e, RECONNECT_ATTEMPTS);
                        } catch (SQLException gaveUp) {
                            if (!attemptResult.complete) {
                                // The commit is sent only once the work is done: this attempt never reached it.
                                throw new ServerLostException(url + ": the connection to the server was lost and "
                                        + "could not be restored; this change was not saved (it never reached the "
                                        + "server's commit): make it again once the server is back", gaveUp, false);
                            }
                            throw gaveUp;
                        }
                        reconnected = true;
                        continue;
                    }
                    var collision = SameMomentSaves.collision(e);
                    if (collision.isPresent()) {
                        if (++collisions >= SameMomentSaves.ATTEMPTS) {
                            throw SameMomentSaves.kept(url, collision.get(), e);
                        }
                        // Run again on a snapshot that holds the other's row, and every view reloads to show it.
                        collidedOn = collision.get();
                        ranAgain = true;
                        changedMeanwhile();
                        continue;
                    }
                    if (!retryable(e) || attempt == ATTEMPTS) {
                        throw e;
                    }
                    LOG.log(System.Logger.Level.DEBUG, "transaction retried after " + e.getSQLState());
                    ranAgain = true;
                    pause(attempt);
                }
            }
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T read(SqlWork<T> work) {
        lock.lock();
        try {
            if (!inTransaction) {
                refuseWhileGivenUp(false);
            }
            try {
                return work.run(connection);
            } catch (SQLException | RuntimeException e) {
                // A read changes nothing: after a lost connection it simply runs again on a new one.
                SQLException cause = sqlCause(e);
                if (inTransaction || cause == null || !lost(cause) || unanswered(cause)) {
                    throw e;
                }
                reconnect(cause, readAttempts());
                return work.run(connection);
            }
        } catch (SQLException e) {
            throw translateRead(e);
        } finally {
            lock.unlock();
        }
    }

    /** Several reads on one snapshot of the project; inside a write, on that write's state. */
    <T> T readConsistently(Supplier<T> work) {
        lock.lock();
        try {
            if (inTransaction) {
                return work.get();
            }
            refuseWhileGivenUp(false);
            try {
                return transaction(c -> work.get(), READ_ONLY);
            } catch (SQLException e) {
                // Reads change nothing: after a lost connection they simply run again on a new one.
                if (!lost(e) || unanswered(e)) {
                    throw e;
                }
                reconnect(e, readAttempts());
                return transaction(c -> work.get(), READ_ONLY);
            }
        } catch (SQLException e) {
            throw translateRead(e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs {@code reads}, made to fill a view, giving a lost connection {@link #VIEW_RECONNECT_ATTEMPTS} tries
     * rather than a change's 30; a change made inside still waits as long as any.
     */
    <T> T forView(Supplier<T> reads) {
        boolean outer = fillingView.get();
        fillingView.set(Boolean.TRUE);
        try {
            return reads.get();
        } finally {
            fillingView.set(outer);
        }
    }

    private int readAttempts() {
        return fillingView.get() ? VIEW_RECONNECT_ATTEMPTS : RECONNECT_ATTEMPTS;
    }

    /** Runs {@code work} in a transaction opened by {@code opening} (its mode, and what it records first). */
    private <T> T transaction(SqlWork<T> work, String opening) throws SQLException {
        connection.setAutoCommit(false);
        inTransaction = true;
        try (var st = connection.createStatement()) {
            st.execute(opening);
            T result = work.run(connection);
            connection.commit();
            afterCommit.run(connection);
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            rollbackQuietly();
            SQLException cause = sqlCause(e);
            if (cause != null && (retryable(cause) || lost(cause) || SameMomentSaves.collision(cause).isPresent())) {
                throw cause;
            }
            throw e;
        } finally {
            inTransaction = false;
            // A connection the driver closed (lost) would throw here and hide why it was lost.
            if (!connection.isClosed()) {
                connection.setAutoCommit(true);
            }
        }
    }

    /** A store wraps its SQLException in a StoreException; a retryable one is unwrapped to be retried. */
    private static SQLException sqlCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException s) {
                return s;
            }
        }
        return null;
    }

    /**
     * Whether the connection itself failed (network, server shut down or restarted, session terminated, or ended by
     * the server's idle_session_timeout or idle_in_transaction_session_timeout, which a server's owner may set).
     */
    static boolean lost(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03")
                || state.equals("57P05") || state.equals("25P03");
    }

    /**
     * Whether the server gave no answer for {@link TeamConnections#ANSWER_TIMEOUT_SECONDS} while a statement ran (the
     * driver's socketTimeout): a network cut that drops packets, or a stuck server, not a slow statement.
     */
    static boolean unanswered(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String silence() {
        return "the team server stopped answering while it worked on this (the network to it cut, or the server "
                + "stuck)";
    }

    /**
     * Replaces a lost connection, trying every second, {@code attempts} times at most, and telling the
     * connection-state listener meanwhile; the caller then finds out whether its action committed.
     */
    private void reconnect(SQLException why, int attempts) throws SQLException {
        LOG.log(System.Logger.Level.WARNING, url + ": lost the connection (" + why.getSQLState() + "), reconnecting", why);
        closeQuietly(connection);
        // A login that gets no answer waits its loginTimeout: the attempts also end once they took their seconds.
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(attempts);
        for (int attempt = 1; ; attempt++) {
            reach.trying(attempt);
            try {
                Connection fresh = login.connect();
                connection = fresh;
                ownProcess = processId(fresh);
                reach.back();
                changedMeanwhile();
                return;
            } catch (RuntimeException e) {
                if (TeamConnections.refusedLogin(e)) {
                    // Trying on for 30 s and then blaming the server would hide what the user must do.
                    reach.refused();
                    throw new StoreException(url + ": the connection to the server was lost, and the server refused "
                            + "this login's password when reconnecting (changed since the project was opened?); open "
                            + "the project again with the current password, where your last change shows if it was "
                            + "saved", e);
                }
                if (attempt >= attempts || System.nanoTime() - deadline >= 0 || closed) {
                    if (attempts < RECONNECT_ATTEMPTS) {
                        reach.gaveUp();
                    } else {
                        // One wait per outage: the next actions are refused at once until the probe gets in.
                        reach.givenUpOn();
                        probe.start();
                    }
                    throw why;
                }
                LOG.log(System.Logger.Level.DEBUG, "reconnecting failed", e);
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw why;
                }
            }
        }
    }

    /**
     * Refuses an action at once while the server is given up on ({@link ServerReach#givenUpOn()}): each action used
     * to wait out a reconnection of its own, 30 s apiece through one outage.
     */
    private void refuseWhileGivenUp(boolean change) {
        if (!reach.givenUp()) {
            return;
        }
        String outcome = change ? "this change was not saved: make it again"
                : fillingView.get() ? "this view is left as it was and refreshes" : "nothing was changed, try again";
        throw new ServerLostException(url + ": the team server cannot be reached (given up on at "
                + reach.givenUpClock() + " after " + RECONNECT_ATTEMPTS + " s of tries; it is tried every second); "
                + outcome + " once the server is back", null, false);
    }

    TeamRole role() {
        return role;
    }

    void onRoleChange(Consumer<TeamRole> listener) {
        this.roleChange = listener;
    }

    /** Asks the server the login's role now; a failure to ask leaves the role as it was (the action says why). */
    private void askRole() {
        try {
            TeamMembership.sessionRoleIfMember(connection).ifPresent(this::takeRole);
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "role check failed", e);
        }
    }

    /** The role the feed's heartbeat read, taken between this session's transactions. */
    private void heardRole(TeamRole now) {
        lock.lock();
        try {
            if (!closed) {
                takeRole(now);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Takes the role a lead gave the login while the project was open: a reader made coder or lead writes from now
     * on, a member made reader is read-only as a reader; other reasons for reading only stay. The listener hears it
     * once the session says the new role.
     */
    private void takeRole(TeamRole now) {
        if (now == role) {
            return;
        }
        LOG.log(System.Logger.Level.INFO, url + ": the login's role is now " + now.word() + " (was " + role.word() + ")");
        role = now;
        if (now == TeamRole.READER && readOnlyReason == null) {
            readOnlyReason = PostgresProjectStore.READER;
        } else if (now != TeamRole.READER && PostgresProjectStore.READER.equals(readOnlyReason)) {
            readOnlyReason = null;
        }
        roleChange.accept(now);
    }

    /** Whatever others committed while this session was cut off is unknown: every view reloads. */
    private void changedMeanwhile() {
        tell(OutsideChange.everything());
    }

    void afterCommit(SqlWork<Void> hook) {
        this.afterCommit = hook;
    }

    int process() {
        return ownProcess;
    }

    void onConnectionState(Consumer<String> listener) {
        reach.listen(listener);
    }

    private static int processId(Connection c) {
        try {
            return c.unwrap(PGConnection.class).getBackendPID();
        } catch (SQLException e) {
            return 0;
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing a lost connection failed", e);
        }
    }

    static boolean retryable(SQLException e) {
        return "40001".equals(e.getSQLState()) || "40P01".equals(e.getSQLState());
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(1, 5L * Math.min(attempt, 10) + 2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting to retry a transaction", e);
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "rollback failed", e);
        }
    }

    /**
     * The refusal for a window whose login was taken out of the project while it was open (team remove-user): not
     * "your role does not allow it", which reads as if another action might work. Empty when the login is still a
     * member, or when asking fails (inside a failed transaction).
     */
    private java.util.Optional<StoreException> removedFromTheTeam(SQLException e) {
        try {
            return TeamSetup.notAMember(connection, url)
                    .map(refusal -> new NotAMemberException(refusal.login(), refusal.getMessage()
                            + "; nothing was changed", e));
        } catch (SQLException | RuntimeException other) {
            LOG.log(System.Logger.Level.DEBUG, "membership check failed", other);
            return java.util.Optional.empty();
        }
    }

    /**
     * The refusal for a window whose login was made reader while it was open (team add-user … --role reader): what
     * happened and what to do, where "your role does not allow it" left a coder retrying. Empty when the login may
     * still write, or when asking fails.
     */
    private java.util.Optional<StoreException> madeReader(SQLException e) {
        try {
            if (TeamMembership.sessionRole(connection) != TeamRole.READER) {
                return java.util.Optional.empty();
            }
            takeRole(TeamRole.READER);
            return java.util.Optional.of(new ReaderNowException(url + ": " + TeamMembership.sessionLogin(connection)
                    + " is now a reader of team project " + url.project() + " (a lead or the database owner changed "
                    + "the role since the project was opened here), and a reader writes nothing: nothing was changed; "
                    + "what is shown stays readable; to code again, ask the project's lead for the coder role, which "
                    + "this window takes from the next change on", e));
        } catch (SQLException | RuntimeException other) {
            LOG.log(System.Logger.Level.DEBUG, "role check failed", other);
            return java.util.Optional.empty();
        }
    }

    /**
     * A read that failed: one whose connection could not be restored changed nothing, so it is not worded as a
     * commit whose answer was lost ("see whether the last change was saved").
     */
    private StoreException translateRead(SQLException e) {
        if (!inTransaction && unanswered(e)) {
            LOG.log(System.Logger.Level.WARNING, url + ": " + e.getMessage(), e);
            reach.silent(java.time.Instant.now().minusSeconds(TeamConnections.ANSWER_TIMEOUT_SECONDS));
            return new ServerLostException(url + ": " + silence() + "; nothing was changed, try again once the "
                    + "server answers", e, false);
        }
        if (!inTransaction && lost(e) && fillingView.get()) {
            LOG.log(System.Logger.Level.WARNING, url + ": " + e.getMessage(), e);
            return new ServerLostException(url + ": cannot reach the team server (the connection was lost and "
                    + VIEW_RECONNECT_ATTEMPTS + " tries to restore it failed); this view is left as it was and "
                    + "refreshes once the server is back", e, false);
        }
        if (!inTransaction && lost(e)) {
            LOG.log(System.Logger.Level.WARNING, url + ": " + e.getMessage(), e);
            return new ServerLostException(url + ": the connection to the server was lost and could not be restored; "
                    + "nothing was changed, try again once the server is back", e, false);
        }
        return translate(e);
    }

    /** The server's refusal in words; the raw message goes to the log. Nothing of a failed write was saved. */
    StoreException translate(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        // A removed login's session started after the removal no longer searches the project's schema, so the server
        // finds no table (42P01) where an older session is refused (42501).
        if (state.equals("42501") || state.equals("42P01")) {
            var memberChanged = removedFromTheTeam(e).or(() -> state.equals("42501") ? madeReader(e)
                    : java.util.Optional.empty());
            if (memberChanged.isPresent()) {
                // Expected once a lead changed the membership, and shown as the role: a trace would read as a fault.
                LOG.log(System.Logger.Level.INFO, memberChanged.get().getMessage());
                return memberChanged.get();
            }
        }
        // A nested write's serialization failure is retried by the outer one: not worth a warning.
        LOG.log(retryable(e) ? System.Logger.Level.DEBUG : System.Logger.Level.WARNING, url + ": " + e.getMessage(), e);
        if (state.equals("42501")) {
            return new StoreException(url + ": the server refused this change: your role in the team project does "
                    + "not allow it (nothing was changed)", e);
        }
        if (state.equals("23503")) {
            // Checked by the server (schema 10's triggers, or a foreign key): what the change names is gone, most
            // often deleted by another member since this window listed it, or something deleted is still in use.
            return new StoreException(url + ": the server refused this change because " + referenceProblem(e)
                    + "; nothing was changed (another member may have deleted it meanwhile: reopen or refresh)", e);
        }
        var shortage = ServerShortages.of(url, e);
        if (shortage.isPresent()) {
            return shortage.get();
        }
        if (retryable(e)) {
            return new ProjectBusyException(url + ": the server stayed too busy with other members' changes to "
                    + "save this one after " + ATTEMPTS + " tries; nothing was changed, try again", e);
        }
        if (lost(e)) {
            // Reached only when reconnecting gave up: a change being committed at that moment may have been saved.
            return new ServerLostException(url + ": the connection to the server was lost and could not be restored; "
                    + "open the project again when the server is back to see whether the last change was saved", e,
                    true);
        }
        if (state.equals("57014")) {
            // Its statement_timeout (set by whoever runs the server), or a cancel sent by them: the change was
            // rolled back whole.
            return new StoreException(url + ": the server cancelled this before it finished (a time limit set on "
                    + "the server, or cancelled there), so nothing was changed; try again, and if it keeps happening "
                    + "tell whoever runs the server", e);
        }
        // The server's message may carry its hint or detail on further lines: a refusal stays one line.
        return new StoreException(url + ": database error (" + String.valueOf(e.getMessage()).strip()
                .replaceAll("\\s*\\R\\s*", "; ") + ")", e);
    }

    /** The server's own words for a broken reference, without its stack of PL/pgSQL contexts. */
    private static String referenceProblem(SQLException e) {
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            var m = p.getServerErrorMessage();
            return m.getMessage() + (m.getDetail() == null ? "" : " (" + m.getDetail() + ")");
        }
        return e.getMessage();
    }

    void onOutsideChange(Consumer<OutsideChange> listener) {
        this.outsideChange = listener;
    }

    /**
     * From now on hears other sessions' commits from the server's notifications (team_changes.sql) on a
     * connection of its own, and tells the listener as soon as they arrive, instead of asking the server.
     */
    void listen() {
        lock.lock();
        try {
            if (feed == null && !closed) {
                feed = new ChangeFeed(login::connect, url, () -> ownProcess, this::deliver,
                        this::heardRole, reach);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Hands what the feed heard to the listener, after the transaction running now, if any. */
    private void deliver() {
        lock.lock();
        try {
            if (!inTransaction && !closed) {
                noticeOutsideChanges();
            }
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot deliver team changes", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Tells the listener what other sessions committed since this session last looked. Listening, that is what
     * the feed heard; otherwise (a one-shot command) the server's write-ahead log position, which moves with
     * every commit (of any member, or of another database of the same server, which costs only a needless
     * reload): one cheap query, which says that something changed but not what.
     */
    void pollOutsideChanges() {
        if (!lock.tryLock()) {
            return;
        }
        try {
            if (!inTransaction && !closed) {
                noticeOutsideChanges();
            }
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot poll for changes", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * A question asked while the listener is being told (the views it reloads read, and each read asks) is answered by
     * that telling: asked again from inside, a commit anywhere on the server since (which moves the log position) was
     * told from inside the last telling, and on a busy server without end (a window that runs a view's reads on the
     * same thread recursed for minutes). What was committed meanwhile is told at the next question.
     */
    private void noticeOutsideChanges() throws SQLException {
        if (telling) {
            return;
        }
        OutsideChange change;
        if (feed != null) {
            change = feed.drain();
        } else {
            String mark = changeMark();
            change = seenChange != null && !seenChange.equals(mark) ? OutsideChange.everything() : null;
            seenChange = mark;
        }
        if (change != null && !change.isEmpty()) {
            tell(change);
        }
    }

    /** Tells the listener, under the lock; questions asked meanwhile are answered by this telling. */
    private void tell(OutsideChange change) {
        Consumer<OutsideChange> listener = outsideChange;
        if (listener == null) {
            return;
        }
        boolean outer = telling;
        telling = true;
        try {
            listener.accept(change);
        } finally {
            telling = outer;
        }
    }

    private String changeMark() throws SQLException {
        try (var st = connection.createStatement(); var rs = st.executeQuery("SELECT pg_current_wal_insert_lsn()::text")) {
            rs.next();
            return rs.getString(1);
        }
    }

    void stopWriting(String reason) {
        readOnlyReason = reason;
    }

    String readOnlyReason() {
        return readOnlyReason;
    }

    long commits() {
        return commits;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (!closed) {
                closed = true;
                probe.close();
                if (feed != null) {
                    feed.close();
                }
                login.forget();
                connection.close();
            }
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "close failed", e);
        } finally {
            lock.unlock();
        }
    }
}
