package org.parallax.store.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import org.parallax.store.StoreException;
import org.parallax.store.TeamUrl;
import org.parallax.store.jdbc.Migrations;

/**
 * The one line refusing a team project whose schema is not the one this Parallax reads, naming who does what: a newer
 * schema asks this computer's Parallax to be updated; an older one asks the database owner for {@code team init},
 * and tells the owner, when it is they who open it, the very command with their own login.
 */
final class SchemaMismatch {
    private SchemaMismatch() {
    }

    /** The refusal of schema {@code found}, not this Parallax's, asked of the server on {@code c} as needed. */
    static StoreException of(Connection c, TeamUrl url, int found) throws SQLException {
        String versions = "schema version " + found + " and this Parallax " + (found > Migrations.latest()
                ? "reads up to " : "needs ") + Migrations.latest();
        if (found > Migrations.latest()) {
            return new StoreException(url + ": the team project was set up by a newer Parallax (" + versions
                    + "): update Parallax on this computer to open it; nothing was opened");
        }
        if (TeamRules.ownsProject(c, url.requireProject())) {
            return new StoreException(url + ": the team project has " + versions + "; you own it, so bring it up to "
                    + "date (what it holds is kept) with: parallax team init postgresql://" + login(c) + "@"
                    + url.projectAddress());
        }
        return new StoreException(url + ": the team project has " + versions + ": the database owner upgrades it "
                + "with parallax team init postgresql://OWNER@" + url.projectAddress());
    }

    private static String login(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
