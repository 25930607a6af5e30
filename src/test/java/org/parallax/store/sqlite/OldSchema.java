package org.parallax.store.sqlite;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import org.parallax.store.jdbc.Migrations;

/** Builds a project file as an older Parallax left it: the first migration scripts only, and their version. */
final class OldSchema {
    private OldSchema() {
    }

    /** Runs V1 … Vn of the SQLite scripts named here on {@code c} and sets the schema version to n. */
    static void build(Connection c, String... scripts) throws Exception {
        try (var st = c.createStatement()) {
            for (String script : scripts) {
                for (String statement : Migrations.splitStatements(script(script))) {
                    st.executeUpdate(statement);
                }
            }
            st.executeUpdate("PRAGMA user_version = " + scripts.length);
        }
    }

    private static String script(String name) throws Exception {
        try (InputStream in = Migrations.class.getResourceAsStream("/org/parallax/store/migrations/sqlite/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
