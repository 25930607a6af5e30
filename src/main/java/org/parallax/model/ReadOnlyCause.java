package org.parallax.model;

/**
 * Why a project is open read-only, as a kind the window and the command line act on: what a researcher can do about
 * it differs (docs/backups.md), and a backup is the way back only from damage. The reason in words goes with it.
 */
public enum ReadOnlyCause {
    /** The file or its journal is damaged (its header, SQLite's check, a checksum): a sound backup is the way back. */
    DAMAGED,
    /** Another program was writing to it when it was opened: once that program has finished, it opens for writing. */
    WRITTEN_ELSEWHERE,
    /**
     * The file, its folder, a side file or the disk may not be written (a CD, a share, the sample that comes with the
     * program): a copy in a place that may be written can be worked on.
     */
    READ_ONLY_PLACE,
    /** The file or its journal was replaced or deleted while it was open (a sync client, a restore): reopen it. */
    REPLACED,
    /** An older Parallax's file whose copy as it was could not be kept (a full disk): upgraded once it can be. */
    NOT_UPGRADED,
    /** Opened for reading on purpose (a check, an export, a merge's source, a backup). */
    FOR_READING,
    /** A team project the server lets this login only read (its role is reader): the project's lead gives another. */
    TEAM_READER,
    /** A team project whose server rules an older Parallax set up: the database owner brings them up to date. */
    TEAM_RULES_OLDER,
    /** A team project that stopped writing for another reason (the check found damage on the server). */
    TEAM
}
