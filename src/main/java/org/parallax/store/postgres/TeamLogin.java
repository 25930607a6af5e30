package org.parallax.store.postgres;

import java.sql.Connection;
import java.util.Arrays;
import java.util.function.Supplier;
import org.parallax.store.StoreException;
import org.parallax.store.TeamUrl;

/**
 * Who an open team project logs in as, kept in memory for the life of the session so that the listening
 * connection and reconnections after a lost server need no second prompt. The password is never written
 * anywhere; {@link #forget()} wipes it when the project closes.
 */
final class TeamLogin {
    private final TeamUrl url;
    private final String user;
    private char[] password;
    private boolean forgotten;

    private TeamLogin(TeamUrl url, String user, char[] password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** The URL's user (else PGUSER, else the system user) and its stored password (PGPASSWORD, ~/.pgpass), if any. */
    static TeamLogin of(TeamUrl url) {
        String user = TeamCredentials.user(url);
        TeamUrl named = url;
        if (url.userName().isEmpty()) {
            try {
                named = url.withUser(user);
            } catch (org.parallax.store.StoreException unusualName) {
                // A system user name Parallax would not create (a space, say) still logs in; the URL just omits it.
            }
        }
        return new TeamLogin(named, user, TeamCredentials.stored(url, user).orElse(null));
    }

    /**
     * The first session: when no password is stored and the server asks for one, {@code prompt} (which may be
     * null where nobody can be asked) is asked and its answer kept for later sessions. Like psql, nobody is asked
     * for a password by a server that is down or does not want one.
     */
    Connection connect(Supplier<char[]> prompt) {
        try {
            return connect();
        } catch (StoreException e) {
            char[] typed;
            synchronized (this) {
                if (password != null || prompt == null || !TeamConnections.wantsPassword(e)) {
                    throw e;
                }
            }
            typed = prompt.get();
            if (typed == null) {
                throw e;
            }
            synchronized (this) {
                password = typed;
            }
            return connect();
        }
    }

    /** A new session on the server as this login, its search path on the project. */
    synchronized Connection connect() {
        if (forgotten) {
            throw new IllegalStateException("the login was forgotten: the project is closed");
        }
        return TeamConnections.connect(url, user, password);
    }

    /** The project's URL naming the user this login is. */
    TeamUrl url() {
        return url;
    }

    synchronized void forget() {
        forgotten = true;
        if (password != null) {
            Arrays.fill(password, '\0');
            password = null;
        }
    }
}
