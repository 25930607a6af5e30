package org.parallax.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Tries a team server the session gave up on, once a second on a daemon thread, until a login succeeds (or the server
 * refuses the login): meanwhile the session refuses each action at once, where each used to wait out a reconnection of
 * its own, and the line about the server clears when the probe gets in, so the next action reconnects.
 */
final class ServerProbe {
    private static final System.Logger LOG = System.getLogger(ServerProbe.class.getName());
    private static final long PAUSE_MILLIS = 1_000;

    private final Supplier<Connection> connector;
    private final ServerReach reach;
    /** Guarded by this: whether a probe thread is trying, or about to. */
    private boolean running;
    private boolean closed;
    private Thread thread;

    ServerProbe(Supplier<Connection> connector, ServerReach reach) {
        this.connector = connector;
        this.reach = reach;
    }

    /** Starts trying the server, unless a probe is trying already. */
    synchronized void start() {
        if (closed || running) {
            return;
        }
        running = true;
        thread = new Thread(this::probe, "parallax-team-probe");
        thread.setDaemon(true);
        thread.start();
    }

    private void probe() {
        while (keepTrying()) {
            try {
                Thread.sleep(PAUSE_MILLIS);
            } catch (InterruptedException e) {
                stopped();
                return;
            }
            if (!keepTrying()) {
                return;
            }
            try (Connection answered = connector.get()) {
                reach.back();
            } catch (SQLException e) {
                // The login succeeded; only closing the probe's connection failed.
                reach.back();
            } catch (RuntimeException e) {
                if (TeamConnections.refusedLogin(e)) {
                    // The server is back and refuses the password held: the next action says so at once.
                    reach.refused();
                } else {
                    LOG.log(System.Logger.Level.DEBUG, "the team server still cannot be reached", e);
                }
            }
        }
    }

    /** Whether to try again, decided under the lock so that a give-up just now is never left without a probe. */
    private synchronized boolean keepTrying() {
        running = !closed && reach.givenUp();
        return running;
    }

    private synchronized void stopped() {
        running = false;
    }

    synchronized void close() {
        closed = true;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
