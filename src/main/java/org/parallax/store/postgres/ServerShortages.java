package org.parallax.store.postgres;

import java.sql.SQLException;
import java.util.Optional;
import org.parallax.store.ServerFullException;
import org.parallax.store.TeamUrl;

/**
 * The team server's own shortages (SQLSTATE class 53) in one line each: the server's disk, memory or connections,
 * not this machine's, so only whoever runs the server can make room. The state decides, not the message, which a
 * server set to another language words differently.
 */
final class ServerShortages {
    private ServerShortages() {
    }

    /** The refusal for {@code e} when the server ran short of something; empty for any other failure. */
    static Optional<ServerFullException> of(TeamUrl url, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (!state.startsWith("53")) {
            return Optional.empty();
        }
        return Optional.of(new ServerFullException(url + ": " + what(state) + ", so it refused this (nothing was "
                + "changed); " + remedy(state), e, state.equals("53100")));
    }

    /** What ran short, as a clause about the server. */
    static String what(String state) {
        return switch (state) {
            case "53100" -> "the server's disk is full";
            case "53200" -> "the server ran out of memory";
            case "53300" -> "the server has no connection left for this login (its limit of connections is reached)";
            default -> "the server ran short of its own resources (" + state + ")";
        };
    }

    private static String remedy(String state) {
        return switch (state) {
            case "53100" -> "whoever runs the server must free space on it, then try again";
            case "53300" -> "try again once other sessions have closed, or ask whoever runs the server to raise the "
                    + "limit";
            default -> "try again, and if it keeps happening tell whoever runs the server";
        };
    }
}
