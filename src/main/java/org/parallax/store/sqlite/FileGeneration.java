package org.parallax.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;
import org.parallax.store.jdbc.Sql;

/**
 * The project file's save number (schema 16, table {@code file_generation}): every write transaction adds one to it.
 * SQLite ties no journal ({@code NAME-wal}) to its file and applies any whose frames are intact, so an older copy's
 * journal put beside the file (a sync client, a copy made file by file) silently took back every save made since,
 * passing every check, and the next write folded it in for good. A journal of the file's own only adds saves, so the
 * number it brings is never below the one in the file alone: {@link StaleJournal} compares the two on opening.
 */
final class FileGeneration {
    static final String TABLE = "file_generation";

    private FileGeneration() {
    }

    /** Adds one to the number, in the caller's write transaction. */
    static void advance(Connection writer) throws SQLException {
        Sql.update(writer, "UPDATE " + TABLE + " SET generation = generation + 1");
    }

    /** The number as {@code connection} reads it; empty before schema 16. */
    static OptionalLong read(Connection connection) throws SQLException {
        boolean there = Sql.one(connection, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '" + TABLE
                + "'", rs -> true).isPresent();
        if (!there) {
            return OptionalLong.empty();
        }
        return Sql.one(connection, "SELECT generation FROM " + TABLE + " WHERE id = 1", rs -> rs.getLong(1))
                .map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    /**
     * The number in {@code file} alone, read without its journal (SQLite's {@code immutable} mode reads no log and
     * takes no lock); empty when it has none or cannot be read so.
     */
    static OptionalLong inFileAlone(Path file) {
        try (Connection alone = Connections.reader(file, true)) {
            return read(alone);
        } catch (SQLException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
