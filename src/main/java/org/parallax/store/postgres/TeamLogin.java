package org.parallax.store.postgres;

import java.sql.Connection;
import java.util.Arrays;
import java.util.function.Supplier;
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

    /** The URL's user (else PGUSER, else the system user) and its password, asking {@code prompt} if none is stored. */
    static TeamLogin of(TeamUrl url, Supplier<char[]> prompt) {
        String user = TeamCredentials.user(url);
        return new TeamLogin(url, user, TeamCredentials.password(url, user, prompt));
    }

    /** A new session on the server as this login, its search path on the project. */
    synchronized Connection connect() {
        if (forgotten) {
            throw new IllegalStateException("the login was forgotten: the project is closed");
        }
        return TeamConnections.connect(url, user, password);
    }

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
