package org.parallax.store.postgres;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.function.Supplier;
import org.parallax.store.StoreException;
import org.parallax.store.TeamUrl;

/** Opens sessions on a team server and turns the driver's refusals into one sentence naming the URL. */
public final class TeamConnections {
    private static final System.Logger LOG = System.getLogger(TeamConnections.class.getName());
    static final int CONNECT_TIMEOUT_SECONDS = 10;
    /**
     * Seconds a session waits for the server's answer to a statement (the driver's socketTimeout) before calling
     * the server unreachable: a network cut that drops packets sends no reset, and the answer was otherwise awaited
     * until TCP gave up (keepalive's two hours). About three times the longest statement measured: the move of a
     * 2,000,000-passage batch into segments took 211 s on a loaded machine (docs/team.md).
     */
    static final int ANSWER_TIMEOUT_SECONDS = 600;

    private TeamConnections() {
    }

    /**
     * A session as the URL's user (or PGUSER, or the system user), with its search path on the URL's project
     * when it names one. The prompt is asked only when no password is stored.
     */
    public static Connection open(TeamUrl url, Supplier<char[]> prompt) {
        TeamLogin login = TeamLogin.of(url);
        try {
            return login.connect(prompt);
        } finally {
            login.forget();
        }
    }

    /** Whether a failed connection failed only because the server wants a password and none was given. */
    static boolean wantsPassword(StoreException e) {
        return e.getCause() instanceof SQLException sql && sql.getSQLState() != null
                && sql.getSQLState().startsWith("08") && sql.getMessage() != null
                && sql.getMessage().contains("no password was provided");
    }

    /**
     * Whether a failed connection failed because the server refused the login or its password: after a password
     * change (or the login's removal) a session that reconnects with the password it holds can never succeed.
     */
    static boolean refusedLogin(RuntimeException e) {
        return e.getCause() instanceof SQLException sql
                && ("28P01".equals(sql.getSQLState()) || "28000".equals(sql.getSQLState()));
    }

    /** A session as {@code user} with {@code password} (null when the server asks for none); the password is kept. */
    static Connection connect(TeamUrl url, String user, char[] password) {
        Properties props = new Properties();
        props.setProperty("user", user);
        if (password != null) {
            props.setProperty("password", new String(password));
        }
        props.setProperty("connectTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        // connectTimeout bounds only the TCP handshake: a server whose kernel accepts but which never answers (its
        // postmaster stopped or hung) kept the login waiting for ever, and a window reconnecting held its session.
        props.setProperty("loginTimeout", Integer.toString(CONNECT_TIMEOUT_SECONDS));
        props.setProperty("tcpKeepAlive", "true");
        props.setProperty("socketTimeout", Integer.toString(ANSWER_TIMEOUT_SECONDS));
        try {
            Connection connection = DriverManager.getConnection(jdbcUrl(url), props);
            if (url.project() != null) {
                try (var st = connection.createStatement()) {
                    st.execute("SET search_path TO " + TeamNames.quote(url.project()));
                }
            }
            return connection;
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "cannot connect to " + url, e);
            throw new StoreException(url.withUser(user) + ": " + reason(e), e);
        }
    }

    /** The driver's URL for a location; user and password travel apart from it. */
    static String jdbcUrl(TeamUrl url) {
        String jdbc = "jdbc:postgresql://" + url.hostForUrl() + ":" + url.port() + "/"
                + URLEncoder.encode(url.database(), StandardCharsets.UTF_8).replace("+", "%20")
                + "?ApplicationName=Parallax";
        return url.sslMode() == null ? jdbc : jdbc + "&sslmode=" + url.sslMode();
    }

    /** What went wrong in words a researcher can act on; the driver's own text goes to the log. */
    static String reason(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "28P01", "28000" -> "the server refused the user name or password";
            case "3D000" -> "no such database on that server";
            case "08001", "08004", "08006" -> e.getMessage() != null && e.getMessage().contains("password")
                    ? "the server asks for a password: set PGPASSWORD, add it to ~/.pgpass, or type it when asked"
                    : "cannot reach the server (is it running, and is the host and port right?)";
            // Cut off midway (a restart, pg_terminate_backend): the driver said "This connection has been closed."
            case "08003", "57P01", "57P02", "57P03" -> "the connection to the server was lost midway (the server "
                    + "stopped or restarted, or the session was ended); run the command again once the server is back";
            case "53300" -> ServerShortages.what(state) + "; try again once other sessions have closed, or ask "
                    + "whoever runs the server to raise the limit";
            default -> e.getMessage();
        };
    }
}
