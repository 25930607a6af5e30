package org.parallax.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;
import org.parallax.store.jdbc.Sql;

/**
 * The project file's save number (schema 16, table {@code file_generation}): every write transaction adds one to it.
 * Beside it (schema 18, {@code content_saves}) the number of those that wrote anything but packs of passages, so that
 * another window on the file can tell a commit of packs, which changes no passage, from one that changed something.
 * SQLite ties no journal ({@code NAME-wal}) to its file and applies any whose frames are intact, so an older copy's
 * journal put beside the file (a sync client, a copy made file by file) silently took back every save made since,
 * passing every check, and the next write folded it in for good. A journal of the file's own only adds saves, so the
 * number it brings is never below the one in the file alone: {@link StaleJournal} compares the two on opening.
 */
final class FileGeneration {
    static final String TABLE = "file_generation";

    private FileGeneration() {
    }

    /**
     * Adds one to the number, in the caller's write transaction, and one to the number of saves that wrote anything but
     * packs of passages unless {@code packsOnly} (schema 18); returns both as they will be committed, or null before
     * schema 18.
     */
    static Saves advance(Connection writer, boolean packsOnly) throws SQLException {
        boolean counted = hasContentSaves(writer);
        Sql.update(writer, "UPDATE " + TABLE + " SET generation = generation + 1"
                + (packsOnly || !counted ? "" : ", content_saves = content_saves + 1"));
        return counted ? read(writer, true) : null;
    }

    /**
     * Both numbers as {@code connection} reads them, or null before schema 18 (a file opened read-only that is not
     * upgraded): then nothing can tell a commit of packs from any other.
     */
    static Saves saves(Connection connection) throws SQLException {
        return read(connection, hasContentSaves(connection));
    }

    private static Saves read(Connection connection, boolean counted) throws SQLException {
        if (!counted) {
            return null;
        }
        return Sql.one(connection, "SELECT generation, content_saves FROM " + TABLE + " WHERE id = 1",
                rs -> new Saves(rs.getLong(1), rs.getLong(2))).orElse(null);
    }

    private static boolean hasContentSaves(Connection connection) throws SQLException {
        return Sql.one(connection, "SELECT 1 FROM pragma_table_info('" + TABLE + "') WHERE name = 'content_saves'",
                rs -> true).isPresent();
    }

    /**
     * The save number and the number of saves that wrote anything but packs of passages (written as the project closes,
     * decision 34): a pack is a copy of passages already saved, so a window that sees only the first move since it last
     * looked has nothing to load again.
     */
    record Saves(long generation, long contentSaves) {
        /**
         * Whether every commit between {@code before} and this wrote packs only: the save number moved and the other
         * did not. A commit made past Parallax (moving neither) is not taken for one.
         */
        boolean onlyPacksSince(Saves before) {
            return before != null && generation > before.generation && contentSaves == before.contentSaves;
        }
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
