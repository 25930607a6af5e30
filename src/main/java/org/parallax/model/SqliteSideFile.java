package org.parallax.model;

import java.nio.file.Path;

/**
 * The files SQLite keeps beside a database, named by the database's name and a suffix ({@code study.parallax-wal}):
 * the store makes and deletes them with a project, exports must refuse their names and a restore removes them, so
 * each layer takes the names from here.
 */
public enum SqliteSideFile {
    /** The write-ahead log: saves not yet written into the file. */
    WAL("-wal", "journal"),
    /** The write-ahead log's index in shared memory, through which programs with the file open see each other. */
    SHM("-shm", "shared memory"),
    /** The rollback journal, written outside WAL mode (a backup is written that way). */
    JOURNAL("-journal", "journal");

    private final String suffix;
    private final String role;

    SqliteSideFile(String suffix, String role) {
        this.suffix = suffix;
        this.role = role;
    }

    /** What follows the database's name in the side file's name, such as {@code -wal}. */
    public String suffix() {
        return suffix;
    }

    /** What the file is to the database, in words a message can use ("journal", "shared memory"). */
    public String role() {
        return role;
    }

    /** This side file of {@code database} (it may not exist). */
    public Path beside(Path database) {
        return database.resolveSibling(database.getFileName() + suffix);
    }
}
