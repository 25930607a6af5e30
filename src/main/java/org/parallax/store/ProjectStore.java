package org.parallax.store;

import java.nio.file.Path;
import java.util.Optional;
import org.parallax.model.ReadOnlyCause;

/**
 * An open project: its stores, the transaction runner, and the life of the connection to it (read-only
 * reasons, other programs' changes, checks and snapshots). Obtained from {@link ProjectStores}.
 */
public interface ProjectStore extends Transactions, AutoCloseable {
    ProjectLocation location();

    DocumentStore documents();

    CodebookStore codebook();

    SegmentStore segments();

    CoderStore coders();

    SettingsStore settings();

    SavedSearchStore savedSearches();

    MemoStore memos();

    /** Hypotheses, evidence and causal events (process tracing). */
    TracingStore tracing();

    /** The coding assistant's provenance records and remembered rejections. */
    ProvenanceStore provenance();

    /**
     * The server's clock now, for a team project, whose dates are to be the server's whatever each member's clock
     * says; empty for a file, dated by this machine.
     */
    default Optional<java.time.Instant> serverClock() {
        return Optional.empty();
    }

    /**
     * The coder this session is, when the backend decides it (a team project: the login); empty for a project
     * file, where the active coder is a setting of the project.
     */
    default Optional<String> sessionCoder() {
        return Optional.empty();
    }

    /**
     * The session's role in a team project, as the server's grants give it (a login that may change the coders is a
     * lead); empty for a project file, where whoever opens it may do everything.
     */
    default Optional<org.parallax.model.TeamRole> sessionRole() {
        return Optional.empty();
    }

    /**
     * Hears the session's role in its team project change while it is open (a lead or the database owner changed it),
     * on the thread that learnt it, once {@link #sessionRole()} and {@link #readOnlyReason()} say the new role. A
     * project file has no role to change.
     */
    default void onRoleChange(java.util.function.Consumer<org.parallax.model.TeamRole> listener) {
    }

    /**
     * Runs {@code work} as {@link #write} does, as the user action {@code action}: a team project records the id with
     * the action's changes, so {@link #committed} tells later, from another process too, whether they were committed.
     * A project file has nothing to ask and ignores the id.
     */
    default <T> T write(java.util.UUID action, java.util.function.Supplier<T> work) {
        return write(work);
    }

    /**
     * Whether the user action {@code action} of this login was committed: empty when the store cannot tell (a project
     * file; a team project set up before actions were recorded). An id written by {@link #write(java.util.UUID,
     * java.util.function.Supplier)} is kept for good; other actions' ids are removed by {@code team init} after a day.
     */
    default Optional<Boolean> committed(java.util.UUID action) {
        return Optional.empty();
    }

    /** Names who makes the following changes (the active coder); recorded with every versioned change. */
    void actAs(String name);

    /** The reason a project opened read-only on purpose gives when nothing else refuses writes. */
    String OPENED_FOR_READING = "opened for reading only";

    /** Why writes are refused (damaged file, read-only place, replaced journal), or empty when writable. */
    Optional<String> readOnlyReason();

    /**
     * The kind of {@link #readOnlyReason()}, which says what the researcher can do about it; empty when writable. A
     * team project's says why it opened read-only (its role, its server's rules), else {@link ReadOnlyCause#TEAM}
     * unless it was opened for reading on purpose.
     */
    default Optional<ReadOnlyCause> readOnlyCause() {
        return readOnlyReason().map(reason -> reason.equals(OPENED_FOR_READING) ? ReadOnlyCause.FOR_READING
                : ReadOnlyCause.TEAM);
    }

    /**
     * What the project file's header or SQLite's quick check found wrong with the file itself on opening (it is then
     * read-only); empty when it passed, and for a team project.
     */
    default Optional<String> fileDamage() {
        return Optional.empty();
    }

    /**
     * What is wrong with the project file's journal, found on opening, when saves in it cannot be read (the project is
     * then read-only); empty when there is nothing wrong with it, and for a team project.
     */
    default Optional<String> journalDamage() {
        return Optional.empty();
    }

    /**
     * Why saves are kept in the project file's journal beside it and not yet in the file itself (the last checkpoint
     * failed, a full disk); empty when the file holds them, and for a team project.
     */
    default Optional<String> journalNotFolded() {
        return Optional.empty();
    }

    /**
     * The project file's save number (every write adds one; schema 16), as this store reads it: empty for a file from
     * before schema 16 and for a team project.
     */
    default java.util.OptionalLong saveNumber() {
        return java.util.OptionalLong.empty();
    }

    /** Refuses every later write with {@code reason}, the damage found in it: a damaged project is never written to. */
    void stopWriting(String reason);

    /**
     * Whether what this store reads is known to be the project whole: not when its file or journal failed the checks
     * on opening, nor once writing was stopped while it was open (damage found, the file replaced behind it). A project
     * read-only only for where it lies is read whole, so a backup may be taken of it.
     */
    default boolean readsWhole() {
        return fileDamage().isEmpty() && journalDamage().isEmpty();
    }

    /** How many write transactions this store committed: tells whether anything changed since a moment. */
    long commits();

    /**
     * Runs {@code listener} after each write transaction of this store's own commits (not the packs of passages written
     * as it closes, which change nothing else), on the committing thread once the transaction has ended: what it reads
     * is what was committed. Nested writes are heard once, with the outer one. The listener is given the parts of the
     * project the transaction wrote, as {@link OutsideChange#parts} names them for others' commits: a commit of
     * passages names the passages (and their memos), so what comes from documents, coders or settings need not be read
     * again after it; a write the store cannot place names every part.
     */
    void onOwnCommit(java.util.function.Consumer<java.util.Set<OutsideChange.Part>> listener);

    /**
     * Runs {@code listener} with what changed when another program (window, command line, team member) committed:
     * on the thread that noticed, never while this store is in a transaction.
     */
    void onOutsideChange(java.util.function.Consumer<OutsideChange> listener);

    /**
     * Hears the state of the connection to a team server: a sentence while it is lost and being restored, an
     * empty one when it is back. A project file has no connection to lose.
     */
    default void onConnectionState(java.util.function.Consumer<String> listener) {
    }

    /**
     * Runs {@code reads}, made to fill a view rather than as part of an action: a team project gives a lost
     * connection a few tries and then says the server is out of reach, where an action waits up to 30 s for it.
     * A project file has no connection to lose.
     */
    default <T> T forView(java.util.function.Supplier<T> reads) {
        return reads.get();
    }

    /** Checks cheaply whether another program committed since the last check; meant to be polled while idle. */
    void pollOutsideChanges();

    /**
     * Takes the backend's file locks again after something in this process may have dropped them (a native file
     * chooser reading the project's folder; POSIX drops a process's locks on a file when any handle to it closes).
     * Only a project file has such locks.
     */
    default void retakeLocks() {
    }

    /**
     * Hears other programs' commits as they happen where the backend can tell (a team server's notifications,
     * heard on a connection of their own), so a window shows them without polling the server. A project file
     * has no such channel and is polled instead; a one-shot command need not call this.
     */
    default void listenForOutsideChanges() {
    }

    /** Writes a consistent copy of the committed state to {@code target}, which must not exist. */
    void snapshotTo(Path target);

    /** A quick consistency check: "ok" when sound, else the findings. */
    String quickCheck();

    /** A full consistency check: "ok" when sound, else the findings. */
    String integrityCheck();

    /**
     * The rows of the researcher's work whose values no longer match the checksum written with them, then the rows
     * (of those tables, the texts and the settings) holding a value of another storage class than its column's.
     */
    java.util.List<DamagedRow> damagedRows();

    /** The schema version of the project. */
    int schemaVersion();

    @Override
    void close();
}
