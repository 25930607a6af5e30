package org.parallax.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.parallax.store.StoreException;
import org.parallax.store.jdbc.Migrations;
import org.parallax.store.jdbc.Sql;

/** Tells a Parallax project from any other SQLite database, before anything is written to it. */
final class ProjectSchema {
    private ProjectSchema() {
    }

    /** The file's schema version; throws when it is no Parallax project or comes from a newer Parallax. */
    static int require(Connection connection, Path file) throws SQLException {
        int version = SqliteDialect.INSTANCE.schemaVersion(connection);
        if (version > Migrations.latest()) {
            throw Migrations.newerSchema(String.valueOf(file.getFileName()), version);
        }
        boolean hasDocuments = Sql.one(connection,
                "SELECT 1 FROM sqlite_master WHERE type='table' AND name='documents'", rs -> true).isPresent();
        if (version == 0 || !hasDocuments) {
            throw new StoreException(file.getFileName() + " is an SQLite database but not a Parallax project");
        }
        return version;
    }
}
