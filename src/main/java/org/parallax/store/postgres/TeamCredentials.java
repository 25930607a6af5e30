package org.parallax.store.postgres;

import java.util.Optional;
import org.parallax.store.TeamUrl;
import org.postgresql.jdbcurlresolver.PgPassParser;

/**
 * The password for a team URL, looked up the way psql does: PGPASSWORD, then the password file (PGPASSFILE or
 * ~/.pgpass, with its wildcards); else the caller asks when the server wants one. Parallax keeps none of them.
 */
public final class TeamCredentials {
    private TeamCredentials() {
    }

    /** The user a session logs in as: the URL's, else PGUSER, else the operating-system user, like psql. */
    static String user(TeamUrl url) {
        return url.userName()
                .or(() -> Optional.ofNullable(System.getenv("PGUSER")).filter(s -> !s.isBlank()))
                .orElse(System.getProperty("user.name"));
    }

    /** The stored password for this user and place, if PGPASSWORD or the password file has one. */
    static Optional<char[]> stored(TeamUrl url, String user) {
        String env = System.getenv("PGPASSWORD");
        if (env != null && !env.isEmpty()) {
            return Optional.of(env.toCharArray());
        }
        String fromFile = PgPassParser.getPassword(url.host(), Integer.toString(url.port()), url.database(), user);
        return Optional.ofNullable(fromFile).map(String::toCharArray);
    }
}
