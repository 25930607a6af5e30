package org.parallax.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.parallax.store.StoreException;
import org.parallax.store.jdbc.Migrations;
import org.parallax.store.jdbc.Sql;

/** Tells a Parallax project from any other SQLite database, before anything is written to it. */
final class ProjectSchema {
    /**
     * The tables every Parallax project has had since its first schema, older and newer ones alike: a table named
     * {@code documents} and a {@code user_version} are common in other programs' databases (a browser's history has
     * version 70), and such a file was taken for an older project (and backed up, then "upgraded") or a newer one.
     */
    private static final List<String> ALWAYS_THERE = List.of("frames", "scenarios", "codes", "documents",
            "document_texts", "document_attributes", "coders", "segments", "settings");

    private ProjectSchema() {
    }

    /** The file's schema version; throws when it is no Parallax project or comes from a newer Parallax. */
    static int require(Connection connection, Path file) throws SQLException {
        int version = SqliteDialect.INSTANCE.schemaVersion(connection);
        int present = Sql.one(connection, "SELECT count(*) FROM sqlite_master WHERE type='table' AND name IN ("
                + String.join(", ", ALWAYS_THERE.stream().map(t -> "'" + t + "'").toList()) + ")",
                rs -> rs.getInt(1)).orElse(0);
        if (version == 0 || present < ALWAYS_THERE.size()) {
            throw new StoreException(file.getFileName() + " is an SQLite database but not a Parallax project");
        }
        if (version > Migrations.latest()) {
            throw Migrations.newerSchema(String.valueOf(file.getFileName()), version);
        }
        return version;
    }
}
