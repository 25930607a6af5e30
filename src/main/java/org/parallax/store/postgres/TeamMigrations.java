package org.parallax.store.postgres;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Forward-only migrations of a team project's schema: the PostgreSQL dialect of the project file's migrations,
 * one script per version with the same number ({@code migrations/postgresql/VN__*.sql}), each run in the transaction of
 * its caller. The version lives in the schema's {@code schema_version} table.
 */
final class TeamMigrations {
    static final List<String> SCRIPTS = List.of("V1__initial.sql", "V2__saved_searches.sql", "V3__frame_guide.sql",
            "V4__memos.sql");
    private static final String FOLDER = "/org/parallax/store/migrations/postgresql/";

    private TeamMigrations() {
    }

    static int latest() {
        return SCRIPTS.size();
    }

    /** The schema's version, 0 for a schema Parallax has not set up. */
    static int version(Connection connection, String schema) throws SQLException {
        try (var st = connection.prepareStatement("SELECT 1 FROM information_schema.tables "
                + "WHERE table_schema = ? AND table_name = 'schema_version'")) {
            st.setString(1, schema);
            try (var rs = st.executeQuery()) {
                if (!rs.next()) {
                    return 0;
                }
            }
        }
        try (var st = connection.createStatement();
                var rs = st.executeQuery("SELECT version FROM " + TeamNames.quote(schema) + ".schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Brings the schema (which must exist and be on the search path) to the latest version. */
    static void migrate(Connection connection, String schema) throws SQLException {
        int current = version(connection, schema);
        if (current > latest()) {
            throw new org.parallax.store.StoreException("project " + schema + " has schema version " + current
                    + ", newer than this Parallax understands (" + latest() + "): update Parallax");
        }
        try (var st = connection.createStatement()) {
            if (current == 0) {
                st.execute("CREATE TABLE " + TeamNames.quote(schema) + ".schema_version (version INTEGER NOT NULL)");
                st.execute("INSERT INTO " + TeamNames.quote(schema) + ".schema_version VALUES (0)");
            }
            for (int next = current + 1; next <= latest(); next++) {
                // The driver runs a script of several statements in one round trip.
                st.execute(load(SCRIPTS.get(next - 1)));
                st.execute("UPDATE " + TeamNames.quote(schema) + ".schema_version SET version = " + next);
            }
        }
    }

    static String load(String name) {
        try (InputStream in = TeamMigrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("missing migration script " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration script " + name, e);
        }
    }
}
