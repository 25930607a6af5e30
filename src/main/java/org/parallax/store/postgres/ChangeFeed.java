package org.parallax.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import org.parallax.store.OutsideChange;
import org.parallax.store.OutsideChange.Part;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the team project's change notifications (team_changes.sql) on a connection of its own, on a daemon
 * thread, and queues what other sessions committed; the session hands the queue to its listener. When the
 * listening connection is lost it reconnects, and reports everything as changed, since notifications sent in
 * between are gone.
 */
final class ChangeFeed implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ChangeFeed.class.getName());
    /** How long one wait for notifications blocks; bounds how late a close is noticed. */
    private static final int WAIT_MILLIS = 250;
    private static final long RECONNECT_PAUSE_MILLIS = 1_000;
    /**
     * How often the listening connection asks the server for an answer, and how long it waits for one: a network
     * cut that drops packets closes nothing, so without asking the window learnt of it only from an action, after the
     * session's answer timeout (600 s) or TCP keepalive (two hours). Only this connection waits so briefly: the
     * session's statements keep their 600 s, so a long batch on a healthy network is never cut off.
     */
    static final int HEARTBEAT_MILLIS = 5_000;
    static final int HEARTBEAT_ANSWER_MILLIS = 10_000;
    /** The listening connection's application_name on the server (pg_stat_activity). */
    static final String APPLICATION_NAME = "Parallax listening";
    private static final Map<String, Part> PARTS = Map.ofEntries(
            Map.entry("documents", Part.DOCUMENTS), Map.entry("document_texts", Part.DOCUMENTS),
            Map.entry("document_attributes", Part.DOCUMENTS), Map.entry("frames", Part.CODEBOOK),
            Map.entry("scenarios", Part.CODEBOOK), Map.entry("codes", Part.CODEBOOK),
            Map.entry("code_expectations", Part.CODEBOOK), Map.entry("code_anchors", Part.CODEBOOK),
            Map.entry("segments", Part.SEGMENTS), Map.entry("coders", Part.CODERS), Map.entry("memos", Part.MEMOS),
            Map.entry("settings", Part.SETTINGS), Map.entry("hypothesis_sets", Part.TRACING),
            Map.entry("hypotheses", Part.TRACING), Map.entry("evidence", Part.TRACING),
            Map.entry("evidence_likelihoods", Part.TRACING), Map.entry("evidence_passages", Part.TRACING),
            Map.entry("causal_events", Part.TRACING));

    private final Supplier<Connection> connector;
    private final String channel;
    private final org.parallax.store.TeamUrl url;
    private final IntSupplier ownSession;
    private final Runnable arrived;
    /** Told the login's role in the project at each heartbeat: a lead may change it while the window is open. */
    private final java.util.function.Consumer<org.parallax.model.TeamRole> roleHeard;
    /** Told when the listening connection is lost and when it is back, so an idle window says so too. */
    private final ServerReach reach;
    private final ConcurrentLinkedQueue<OutsideChange> queue = new ConcurrentLinkedQueue<>();
    private final Thread thread;
    private volatile boolean closed;
    private volatile Connection connection;
    /**
     * Milliseconds between heartbeats: {@link #HEARTBEAT_MILLIS}, or less than half the server's idle_session_timeout,
     * which otherwise ended the waiting connection again and again (each time the window said the server could not be
     * reached, reconnected and reloaded every view).
     */
    private long beatMillis = HEARTBEAT_MILLIS;
    /** When the server last answered this connection; what the window names as "since" when it stops answering. */
    private Instant lastAnswer = Instant.now();

    /**
     * Listens as {@code connector}'s login on the project's channel, ignoring what the session whose server
     * process id {@code ownSession} gives committed itself; {@code arrived} runs on the feed's thread after
     * each batch of notifications is queued, and {@code roleHeard} with the login's role at each heartbeat.
     */
    ChangeFeed(Supplier<Connection> connector, org.parallax.store.TeamUrl url, IntSupplier ownSession, Runnable arrived,
            java.util.function.Consumer<org.parallax.model.TeamRole> roleHeard, ServerReach reach) {
        this.roleHeard = roleHeard;
        this.connector = connector;
        this.reach = reach;
        this.url = url;
        this.channel = channel(url.requireProject());
        this.ownSession = ownSession;
        this.arrived = arrived;
        this.connection = listen();
        reach.retriedEverySecond();
        this.thread = new Thread(this::hear, "parallax-team-changes");
        thread.setDaemon(true);
        thread.start();
    }

    /** The channel team_changes.sql notifies on: {@code parallax_} and the schema, a plain identifier. */
    static String channel(String project) {
        return "parallax_" + project;
    }

    /** What arrived since the last call, merged; empty when nothing did. */
    OutsideChange drain() {
        OutsideChange all = new OutsideChange(java.util.Set.of(), Map.of());
        for (OutsideChange next; (next = queue.poll()) != null; ) {
            all = all.plus(next);
        }
        return all;
    }

    /** Whether the feed is connected and hearing (false while it reconnects). */
    boolean hearing() {
        return connection != null;
    }

    /** A notification's payload ("table" or "table id,id,…") as a change; null for anything else. */
    static OutsideChange parse(String payload) {
        if (payload == null) {
            return null;
        }
        int space = payload.indexOf(' ');
        String table = space < 0 ? payload : payload.substring(0, space);
        Part part = PARTS.get(table);
        if (part == null) {
            return null;
        }
        java.util.Set<Long> ids = new java.util.HashSet<>();
        if (space >= 0) {
            for (String id : payload.substring(space + 1).split(",")) {
                try {
                    ids.add(Long.parseLong(id.strip()));
                } catch (NumberFormatException e) {
                    // Anyone may notify on the channel: a key that is no number names nothing, so name none.
                    ids.clear();
                    break;
                }
            }
        }
        return OutsideChange.of(part, table, ids);
    }

    private Connection listen() {
        Connection c = connector.get();
        try (var st = c.createStatement()) {
            // Named apart from the session, so whoever runs the server tells a window's listener from its work.
            st.execute("SET application_name = '" + APPLICATION_NAME + "'");
            st.execute("LISTEN " + TeamNames.quote(channel));
            c.setNetworkTimeout(Runnable::run, HEARTBEAT_ANSWER_MILLIS);
            beatMillis = beatWithin(st);
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new org.parallax.store.StoreException("cannot listen for team changes: " + e.getMessage(), e);
        }
    }

    /** The heartbeat's interval under this session's idle_session_timeout (PostgreSQL 14+; none before). */
    private static long beatWithin(java.sql.Statement st) throws SQLException {
        try (var rs = st.executeQuery("SELECT extract(epoch FROM current_setting('idle_session_timeout', true)"
                + "::interval) * 1000")) {
            long idleLimit = rs.next() ? rs.getLong(1) : 0;
            return idleLimit <= 0 ? HEARTBEAT_MILLIS : Math.max(100, Math.min(HEARTBEAT_MILLIS, idleLimit / 2));
        }
    }

    private void hear() {
        long nextBeat = System.nanoTime();
        while (!closed) {
            Connection c = connection;
            try {
                if (c == null) {
                    c = reconnect();
                    if (c == null) {
                        continue;
                    }
                }
                long untilBeat = TimeUnit.NANOSECONDS.toMillis(nextBeat - System.nanoTime());
                PGNotification[] notifications = c.unwrap(PGConnection.class)
                        .getNotifications((int) Math.max(1, Math.min(WAIT_MILLIS, untilBeat)));
                if (notifications != null && queue(notifications)) {
                    arrived.run();
                }
                if (System.nanoTime() - nextBeat >= 0) {
                    // Notifications that come with the answer wait in the driver for the next getNotifications.
                    // The answer is the login's role: a role changed by a lead reaches an idle window this way.
                    var role = TeamMembership.sessionRoleIfMember(c);
                    lastAnswer = Instant.now();
                    reach.answered();
                    // A login taken out of the project may still read as a reader here (the server keeps the search
                    // path it found): asked first, so an idle window says it was removed rather than made reader.
                    var removed = TeamSetup.notAMember(c, url);
                    if (removed.isPresent()) {
                        reach.removed(removed.get().getMessage());
                    } else {
                        reach.member();
                        role.ifPresent(roleHeard);
                    }
                    nextBeat = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(beatMillis);
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                LOG.log(System.Logger.Level.WARNING, "lost the team server's change notifications; reconnecting", e);
                if (PostgresSession.unanswered(e)) {
                    reach.silent(lastAnswer);
                } else {
                    reach.lost();
                }
                connection = null;
                closeQuietly(c);
            }
        }
    }

    private boolean queue(PGNotification[] notifications) {
        boolean any = false;
        int own = ownSession.getAsInt();
        for (PGNotification n : notifications) {
            if (n.getPID() == own) {
                continue;
            }
            OutsideChange change = parse(n.getParameter());
            if (change != null) {
                queue.add(change);
                any = true;
            }
        }
        return any;
    }

    private Connection reconnect() {
        try {
            Thread.sleep(RECONNECT_PAUSE_MILLIS);
            Connection c = listen();
            connection = c;
            lastAnswer = Instant.now();
            reach.back();
            // Whatever was committed while nobody listened is unknown: everything may have changed.
            queue.add(OutsideChange.everything());
            arrived.run();
            return c;
        } catch (InterruptedException e) {
            closed = true;
            return null;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "still cannot listen for team changes", e);
            if (TeamConnections.refusedLogin(e)) {
                reach.refused();
            }
            return null;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "closing the listening connection failed", e);
        }
    }

    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeQuietly(connection);
    }
}
