package org.parallax.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.parallax.store.UnreadableValueException;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.parallax.model.DiskFullException;
import org.parallax.model.ParallaxException;
import org.parallax.model.ReadOnlyCause;
import org.parallax.model.ReadOnlyProjectException;
import org.parallax.model.SqliteSideFile;
import org.parallax.store.BeforeUpgrade;
import org.parallax.store.DamagedProjectException;
import org.parallax.store.NewFileName;
import org.parallax.store.OutsideChange.Part;
import org.parallax.store.ProjectStore;
import org.parallax.store.StoreException;
import org.parallax.store.jdbc.Dialect;
import org.parallax.store.jdbc.JdbcSession;
import org.parallax.store.jdbc.Migrations;
import org.parallax.store.jdbc.SqlWork;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * The project file: one SQLite database in WAL mode with foreign keys on. Writes run on one
 * connection inside {@code BEGIN IMMEDIATE} transactions, one per user action; nested writes join
 * the outer transaction. Reads use a second connection so they never wait for a long write,
 * except inside a write, where they see the write's own changes.
 *
 * <p>Opening never creates or changes a file that is not a sound, writable project: a damaged file or one
 * in a read-only place opens read-only, with the reason in {@link #readOnlyReason()}, and every write is
 * refused with that reason. Shortly after each write the log is checkpointed into the main file.
 */
public final class Database implements JdbcSession, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    private final Path file;
    private volatile Connection writer;
    private volatile Connection reader;
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ReentrantLock readLock = new ReentrantLock();
    private final ReplacedFileGuard guard;
    private final Checkpointer checkpointer;
    private volatile String readOnlyReason;
    /** The kind of {@link #readOnlyReason}, picked with it. */
    private volatile ReadOnlyCause readOnlyCause;
    private volatile String journalDamage;
    /**
     * Whether this read-only open made the {@code -wal} and {@code -shm} beside a file that had none: a read-only
     * connection cannot remove them on closing, as the last writer's does.
     */
    private boolean sideFilesMadeByReading;
    /** Why the committed saves are kept in the journal and not yet in the file itself (a checkpoint failed), or null. */
    private volatile String journalNotFolded;
    /** Whether the views have not heard yet that {@link #journalNotFolded} was set. */
    private volatile boolean journalNotFoldedUnsaid;
    /** What {@link ProjectFileHeader#damage} found on opening: reading the header again would drop SQLite's locks. */
    private volatile String headerDamage;
    /** What the header or SQLite's quick check found wrong with the file itself on opening, or null. */
    private volatile String fileDamage;
    /** Set by {@link #stopWriting}, whatever made the project read-only before. */
    private volatile boolean writingStopped;
    private volatile boolean closed;
    private volatile long commits;
    /** How long a write waits for another program's write to finish before it is refused. */
    static final int BUSY_WAIT_SECONDS = 10;
    private static final long UNSEEN = Long.MIN_VALUE;
    private long seenVersion = UNSEEN;
    /** The file's saves as last seen here (after this process's own commits too); null before schema 18. */
    private FileGeneration.Saves seenSaves;
    private volatile Runnable outsideChange;
    private volatile Consumer<Set<Part>> ownCommit;
    /** Guarded by {@link #writeLock}: the parts of the project the transaction under way wrote, as its writes named. */
    private Set<Part> written = EnumSet.noneOf(Part.class);
    private volatile String actor;
    /**
     * Project files this process has open, with how many times: asking the file's locks whether another program has it
     * open would, by POSIX rules, drop this process's own SQLite locks on it.
     */
    private static final java.util.concurrent.ConcurrentHashMap<Path, Integer> OPEN_HERE =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** The temporary upgraded copy read instead of an older project opened read-only, or null. */
    private final Path upgradedCopy;
    /** SQLite's integrity check, on a connection of its own that reads what {@link #reader} reads. */
    private final SeparateReaderCheck integrity;

    private Database(Path file, Connection writer, Connection reader, ReadOnly readOnly, boolean immutable) {
        this(file, writer, reader, readOnly, null, immutable);
    }

    private Database(Path file, Connection writer, Connection reader, ReadOnly readOnly, Path upgradedCopy,
                     boolean immutable) {
        OPEN_HERE.merge(file, 1, Integer::sum);
        this.file = file;
        this.upgradedCopy = upgradedCopy;
        this.integrity = new SeparateReaderCheck(upgradedCopy != null ? upgradedCopy : file, immutable);
        this.writer = writer;
        this.reader = reader;
        this.readOnlyReason = readOnly == null ? null : readOnly.reason();
        this.readOnlyCause = readOnly == null ? null : readOnly.cause();
        this.guard = writer == null ? null : new ReplacedFileGuard(file);
        this.checkpointer = new Checkpointer(this::checkpointWhenIdle);
    }

    /** Creates a new project file with the current schema; refuses a path where a file exists. */
    public static Database create(Path file) {
        Path absolute = file.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new StoreException(NewFileName.taken(absolute, "open it, or choose another name"));
        }
        Optional<String> noFolder = NewProjectName.noFolder(absolute);
        if (noFolder.isPresent()) {
            throw new StoreException(noFolder.get());
        }
        Optional<String> tooLong = NewProjectName.tooLong(absolute);
        if (tooLong.isPresent()) {
            throw new StoreException(tooLong.get());
        }
        Connection writer = null;
        try {
            writer = Connections.writer(absolute, true);
            Migrations.migrate(writer, SqliteDialect.INSTANCE, String.valueOf(absolute.getFileName()));
            checkpointSchema(writer);
            return new Database(absolute, writer, Connections.reader(absolute, false), null, false);
        } catch (SQLException e) {
            Connections.closeQuietly(writer);
            // A project made in part (its schema cut short by a full disk) is not left behind: the next open would
            // take it for an older project to upgrade, and "new" would say it already exists.
            removeUnmade(absolute);
            if (SqlFailures.diskFull(absolute, e)) {
                LOG.log(System.Logger.Level.WARNING, absolute + ": " + e.getMessage(), e);
                throw new DiskFullException(absolute.getFileName() + ": cannot create the project: the disk is full",
                        e);
            }
            Optional<String> noLocks = SqlFailures.locksRefused(absolute, e);
            if (noLocks.isPresent()) {
                throw new StoreException(noLocks.get(), e);
            }
            throw new StoreException(absolute.getFileName() + ": cannot create project (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            Connections.closeQuietly(writer);
            removeUnmade(absolute);
            throw e;
        }
    }

    /** Deletes what a failed {@link #create} made: the file and SQLite's side files, which did not exist before. */
    private static void removeUnmade(Path file) {
        for (Path made : Stream.concat(Stream.of(file), Arrays.stream(SqliteSideFile.values())
                .map(side -> side.beside(file))).toList()) {
            try {
                Files.deleteIfExists(made);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.WARNING, "cannot delete " + made + " left by a failed creation", e);
            }
        }
    }

    /**
     * Opens an existing project file and migrates its schema to the current version. Refuses in words a
     * file that is missing, empty or not a Parallax project; opens read-only a file that fails SQLite's
     * quick check or that Parallax may not write.
     */
    public static Database open(Path file) {
        return open(file, BeforeUpgrade.NOTHING);
    }

    /** Opens an existing project file as {@link #open(Path)} does, keeping it first through {@code before} if it is upgraded. */
    public static Database open(Path file, BeforeUpgrade before) {
        return open(file, null, null, before);
    }

    /** Opens an existing project without ever writing to it (for checks, backups and merges from it). */
    public static Database openReadOnly(Path file) {
        return open(file, new ReadOnly(ReadOnlyCause.FOR_READING, ProjectStore.OPENED_FOR_READING));
    }

    /**
     * Opens an existing project read-only because the user chose so, {@code why} saying why (another program was
     * writing to it): the reason every refused write and the window's banner give.
     */
    public static Database openReadOnly(Path file, ReadOnlyCause cause, String why) {
        return open(file, new ReadOnly(cause, why));
    }

    /**
     * Opens a file no one writes any more (a backup) read-only without SQLite's side files: nothing is
     * created beside it.
     */
    public static Database openSnapshot(Path file) {
        return openUnchanged(file, "a backup is never changed");
    }

    /**
     * Opens read-only a file that is never written, {@code why} saying why (a backup, the sample that comes with the
     * program), without SQLite's side files: nothing is created beside it, also where its folder could be written.
     */
    public static Database openUnchanged(Path file, String why) {
        return open(file, null, why, BeforeUpgrade.NOTHING);
    }

    private static Database open(Path file, ReadOnly requestedReadOnly) {
        return open(file, requestedReadOnly, null, BeforeUpgrade.NOTHING);
    }

    /** {@code neverChanged}: why the file is never written (a backup), or null for a project file in use. */
    private static Database open(Path file, ReadOnly requestedReadOnly, String neverChanged, BeforeUpgrade before) {
        boolean snapshot = neverChanged != null;
        Path absolute = file.toAbsolutePath();
        ProjectFileHeader.require(absolute);
        if (requestedReadOnly == null) {
            Optional<String> tooLong = NewProjectName.tooLongToOpen(absolute);
            if (tooLong.isPresent()) {
                throw new StoreException(tooLong.get());
            }
        }
        // Read before SQLite takes its locks: closing a handle of this process to the file drops every lock the process
        // holds on it (POSIX), and the next program to close the project would then delete the -wal written here.
        String headerDamage = ProjectFileHeader.damage(absolute).orElse(null);
        String unwritable = snapshot ? neverChanged : Locations.unwritable(absolute);
        // Before SQLite reads the log: a writer would fold its readable part into the file and write over the rest.
        String journal = snapshot ? null : KeptJournal.check(absolute).orElse(null);
        boolean noSideFiles = unwritable == null && Arrays.stream(SqliteSideFile.values())
                .noneMatch(side -> Files.exists(side.beside(absolute)));
        // Before SQLite opens the file with its journal: read alone, so that a journal bringing an earlier save is told.
        OptionalLong savedInFile = snapshot || unwritable != null || journal != null ? OptionalLong.empty()
                : StaleJournal.numberInFileAlone(absolute);
        Connection reader = null;
        Connection writer = null;
        String notFolded = null;
        try {
            reader = Connections.reader(absolute, unwritable != null);
            int version = ProjectSchema.require(reader, absolute);
            // A backup's listing must stay fast; restoring one runs the check explicitly.
            String damage = snapshot ? null : headerDamage != null ? headerDamage : QuickCheck.findings(reader);
            if (damage != null && journal == null) {
                Connections.closeQuietly(reader);
                reader = null;
                refuseMisfitLog(absolute);
                reader = Connections.reader(absolute, unwritable != null);
            } else if (damage == null) {
                StaleJournal.refuseOlder(absolute, savedInFile, reader);
            }
            ReadOnly readOnly = journal != null ? new ReadOnly(ReadOnlyCause.DAMAGED, journal)
                    : damage != null ? new ReadOnly(ReadOnlyCause.DAMAGED, damage)
                    : unwritable != null ? new ReadOnly(ReadOnlyCause.READ_ONLY_PLACE, unwritable) : requestedReadOnly;
            if (readOnly == null && version < Migrations.latest()) {
                OptionalInt stoppedFrom = UpgradeMark.stoppedFrom(reader);
                if (stoppedFrom.isPresent()) {
                    before.resume(stoppedFrom.getAsInt(), version);
                } else {
                    readOnly = keepBeforeUpgrade(reader, absolute, version, before);
                }
            }
            if (readOnly == null) {
                try {
                    writer = Connections.writer(absolute, false);
                    UpgradeMark.migrate(writer, String.valueOf(absolute.getFileName()));
                    if (version < Migrations.latest()) {
                        checkpointSchema(writer);
                    } else {
                        notFolded = foldKeptJournal(writer, absolute);
                    }
                    // A fresh reader sees the file as the writer left it (WAL mode, current schema).
                    Connections.closeQuietly(reader);
                    reader = Connections.reader(absolute, false);
                } catch (SQLException e) {
                    if (version < Migrations.latest() && SqlFailures.diskFull(absolute, e)) {
                        throw upgradeOnFullDisk(absolute, version, e);
                    }
                    if (!SqlFailures.diskRefusesWrites(absolute, e)) {
                        throw e;
                    }
                    // A disk the kernel turned read-only after an error still says "writable" to every test short
                    // of a write: what is saved stays readable, through the log too.
                    LOG.log(System.Logger.Level.WARNING, absolute + ": " + e.getMessage(), e);
                    Connections.closeQuietly(writer);
                    writer = null;
                    readOnly = new ReadOnly(ReadOnlyCause.READ_ONLY_PLACE, SqlFailures.DISK_REFUSES_WRITES);
                }
            }
            if (readOnly != null && version < Migrations.latest()) {
                if (damage != null) {
                    // The upgrade copies the file, which a damaged file cannot be: say first that it is damaged.
                    throw new StoreException(absolute.getFileName() + ": " + damage + "; it was written by an older "
                            + "Parallax and cannot be upgraded or read like this; restore a backup: parallax restore "
                            + absolute);
                }
                // The file must stay as it is, so the upgrade is made on a private copy that is read instead.
                Path copy = UpgradedCopy.of(reader, absolute);
                Connections.closeQuietly(reader);
                reader = null;
                try {
                    return new Database(absolute, null, Connections.reader(copy, true), readOnly, copy, true)
                            .withJournalDamage(journal).withHeaderDamage(headerDamage);
                } catch (SQLException | RuntimeException e) {
                    UpgradedCopy.delete(copy);
                    throw e;
                }
            }
            Database db = new Database(absolute, writer, reader, readOnly, unwritable != null)
                    .withJournalDamage(journal).withHeaderDamage(headerDamage);
            db.fileDamage = damage;
            db.sideFilesMadeByReading = writer == null && noSideFiles;
            db.journalNotFolded = notFolded;
            return db;
        } catch (SQLException e) {
            Connections.closeQuietly(writer);
            Connections.closeQuietly(reader);
            leaveNoSideFiles(absolute, noSideFiles);
            // The file starts as an SQLite database (ProjectFileHeader checked), so a header SQLite refuses is damage.
            if (e instanceof SQLiteException s && (s.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB
                    || String.valueOf(s.getMessage()).contains("unsupported file format"))) {
                throw ProjectFileHeader.unreadableHeader(absolute, e);
            }
            if (e instanceof SQLiteException s && s.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT) {
                if (journal == null) {
                    refuseMisfitLog(absolute);
                }
                throw new DamagedProjectException(absolute.getFileName() + " is too damaged to open (SQLite cannot read its "
                        + "table of contents); restore a backup: parallax restore " + absolute, absolute, e);
            }
            if (SqlFailures.diskFull(absolute, e)) {
                LOG.log(System.Logger.Level.WARNING, absolute + ": " + e.getMessage(), e);
                throw new DiskFullException(absolute.getFileName() + ": cannot open the project: the disk holding it "
                        + "is full, and SQLite needs a little room beside the file even to read it; free some space "
                        + "and open it again (nothing was changed)", e);
            }
            Optional<String> noLocks = SqlFailures.locksRefused(absolute, e);
            if (noLocks.isPresent()) {
                throw new StoreException(noLocks.get(), e);
            }
            if (SqlFailures.busy(e)) {
                throw SqlFailures.busyOnOpening(absolute, e);
            }
            throw new StoreException(absolute.getFileName() + ": cannot open project (" + e.getMessage() + ")", e);
        } catch (RuntimeException e) {
            Connections.closeQuietly(writer);
            Connections.closeQuietly(reader);
            leaveNoSideFiles(absolute, noSideFiles);
            throw e;
        }
    }

    /**
     * A refused file is left as it was found: the connection that read it (its version, its check) made an empty
     * {@code -wal} and {@code -shm} beside a file that had none.
     */
    private static void leaveNoSideFiles(Path file, boolean noSideFilesBefore) {
        if (noSideFilesBefore) {
            Connections.removeSideFilesOfReading(file);
        }
    }

    /**
     * The upgrade of an older file filled the disk: not a lack of room to read it, as a full disk at opening is. Each
     * step of the upgrade is one transaction, so the file holds all it held, at one of the steps; the next open goes on.
     */
    private static DiskFullException upgradeOnFullDisk(Path file, int version, SQLException e) {
        LOG.log(System.Logger.Level.WARNING, file + ": upgrade from schema " + version + ": " + e.getMessage(), e);
        return new DiskFullException(file.getFileName() + ": cannot upgrade the project, written by an older "
                + "Parallax, to this version's format: the disk holding it is full; free some space and open it again "
                + "(what it holds is unchanged: each step of the upgrade is saved whole or not at all, and the next "
                + "open carries on)", e);
    }

    private Database withHeaderDamage(String damage) {
        this.headerDamage = damage;
        return this;
    }

    private Database withJournalDamage(String damage) {
        this.journalDamage = damage;
        return this;
    }

    /**
     * What the file's header or SQLite's quick check found wrong with the file itself on opening (the project is then
     * read-only); empty when it passed.
     */
    public Optional<String> fileDamage() {
        return Optional.ofNullable(fileDamage);
    }

    /**
     * What is wrong with the journal ({@code NAME-wal}) found on opening, when saves in it cannot be read
     * ({@link KeptJournal}); the project is then read-only for that reason.
     */
    public Optional<String> journalDamage() {
        return Optional.ofNullable(journalDamage);
    }

    /** Whether this process has {@code file} open. */
    static boolean openHere(Path file) {
        return OPEN_HERE.containsKey(file.toAbsolutePath());
    }

    /** Damage that only a log from elsewhere brings is refused as that: the file must not be restored or written. */
    private static void refuseMisfitLog(Path file) {
        MisfitLog.whenFileAloneIsSound(file).ifPresent(advice -> {
            throw new StoreException(advice);
        });
    }

    /**
     * Folds saves kept in the journal beside the file (a process killed, a checkpoint a full disk stopped) into it, so
     * that the file alone holds them. Without room for that the project opens all the same, its saves read from the
     * journal where they are: what {@link #journalNotFolded()} then says, and null when they were folded in.
     */
    private static String foldKeptJournal(Connection writer, Path file) throws SQLException {
        try {
            checkpointSchema(writer);
            return null;
        } catch (SQLException e) {
            if (!SqlFailures.diskFull(file, e)) {
                throw e;
            }
            LOG.log(System.Logger.Level.WARNING, file + ": the journal could not be folded into the file on opening: "
                    + e.getMessage());
            return notFoldedReason(file, true, e);
        }
    }

    /** The schema belongs in the main file at once: without it, a copy of that file alone is no project. */
    private static void checkpointSchema(Connection writer) throws SQLException {
        try (var st = writer.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(PASSIVE)");
        }
    }

    public Path file() {
        return file;
    }

    /** Why writes are refused (damaged file, read-only place, replaced journal), or empty when writable. */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(readOnlyReason);
    }

    /**
     * Whether what is read is known to be the project whole: the file and its journal passed the checks on opening
     * and writing was not stopped since (damage found, the file replaced behind it).
     */
    public boolean readsWhole() {
        return fileDamage == null && headerDamage == null && journalDamage == null && !writingStopped;
    }

    /** The kind of {@link #readOnlyReason()}, which says what can be done about it; empty when writable. */
    public Optional<ReadOnlyCause> readOnlyCause() {
        return Optional.ofNullable(readOnlyReason == null ? null : readOnlyCause);
    }

    /** Refuses every later write with {@code reason}, the damage found: a damaged project is never written to. */
    public void stopWriting(String reason) {
        stopWriting(ReadOnlyCause.DAMAGED, reason);
    }

    private void stopWriting(ReadOnlyCause cause, String reason) {
        writingStopped = true;
        if (readOnlyReason == null) {
            readOnlyCause = cause;
            readOnlyReason = reason;
        }
    }

    /**
     * Runs {@code work} in a write transaction: committed on success, rolled back on any failure. The
     * transaction is begun and ended with explicit statements on a connection that stays in auto-commit
     * mode, so a failed commit (disk full) can never leave the connection believing a transaction is open.
     */
    @Override
    public <T> T write(SqlWork<T> work) {
        return write(EVERY_PART, null, work);
    }

    @Override
    public <T> T write(Set<Part> parts, SqlWork<T> work) {
        return write(parts, null, work);
    }

    /**
     * Runs {@code references} and then the work without SQLite's foreign keys: they look up each added row's
     * references one row at a time, opening and closing a cursor on each referred table for every row, about a
     * sixth of SQLite's work in a 200,000-passage batch (docs/performance.md, "Issue 18, session 18"). The setting
     * is the connection's and can change only between transactions.
     */
    @Override
    public <T> T writeCheckingReferences(Set<Part> parts, SqlWork<?> references, SqlWork<T> work) {
        return write(parts, references, work);
    }

    /**
     * A write no one waits for (packs of passages written as the project closes), run in turns with another program's
     * writes to the file. Another program waiting for the write lock does not queue: SQLite's busy handler sleeps and
     * tries again, up to 100 ms apart, so transactions run back to back left it no moment to get in and a click there
     * waited for the whole close (seconds, docs/performance.md, "a close's packs and another program's clicks").
     * After each such transaction the lock stays free for as long as the transaction held it, so each try of a waiting
     * program finds it free about half the time. Committed without waiting for the disk ({@code synchronous=NORMAL},
     * which halves the time the lock is held): a power cut may undo the last of these transactions, whole, never a
     * write before it, and the next ordinary commit brings it to the disk with its own.
     */
    @Override
    public <T> T writeGivingWay(SqlWork<T> work) {
        // Not heard by onOwnCommit: such writes only pack passages that are there already.
        if (writeLock.isHeldByCurrentThread()) {
            return write(work);
        }
        long start = System.nanoTime();
        T result;
        writeLock.lock();
        try {
            refuseWhenReadOnly();
            execute("PRAGMA synchronous = NORMAL");
            try {
                result = transaction(work, true);
            } finally {
                execute("PRAGMA synchronous = FULL");
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            writeLock.unlock();
        }
        try {
            TimeUnit.NANOSECONDS.sleep(System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return result;
    }

    private <T> T write(Set<Part> parts, SqlWork<?> references, SqlWork<T> work) {
        boolean outermost = !writeLock.isHeldByCurrentThread();
        Set<Part> wrote = EnumSet.noneOf(Part.class);
        T result = writeLocked(parts, wrote, references, work);
        if (outermost) {
            committed(wrote);
        }
        return result;
    }

    /**
     * Hears each write transaction this connection commits, once it has ended and the write lock is free, on the
     * committing thread, with the parts of the project its writes named: what it reads is what was committed.
     */
    public void onOwnCommit(Consumer<Set<Part>> listener) {
        this.ownCommit = listener;
    }

    private void committed(Set<Part> wrote) {
        Consumer<Set<Part>> listener = ownCommit;
        if (listener != null) {
            listener.accept(Collections.unmodifiableSet(wrote));
        }
    }

    /** {@code wrote}: where the outermost write gathers the parts its nested writes name. */
    private <T> T writeLocked(Set<Part> parts, Set<Part> wrote, SqlWork<?> references, SqlWork<T> work) {
        writeLock.lock();
        try {
            if (writeLock.getHoldCount() > 1) {
                written.addAll(parts);
                return work.run(writer);
            }
            written = wrote;
            written.addAll(parts);
            refuseWhenReadOnly();
            if (references == null) {
                return transaction(work);
            }
            execute("PRAGMA foreign_keys = OFF");
            try {
                return transaction(c -> {
                    references.run(c);
                    return work.run(c);
                });
            } finally {
                execute("PRAGMA foreign_keys = ON");
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            writeLock.unlock();
        }
    }

    private <T> T transaction(SqlWork<T> work) throws SQLException {
        return transaction(work, false);
    }

    /** {@code packsOnly}: the work writes packs of passages and nothing else, which other windows need not load. */
    private <T> T transaction(SqlWork<T> work, boolean packsOnly) throws SQLException {
        execute("BEGIN IMMEDIATE");
        try {
            noticeOutsideChanges();
            T result = work.run(writer);
            FileGeneration.Saves saves = FileGeneration.advance(writer, packsOnly);
            execute("COMMIT");
            // Nobody else committed since this transaction began: its own saves are not another program's.
            seenSaves = saves;
            commits++;
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            rollbackQuietly();
            throw e;
        } finally {
            guard.remember();
            checkpointer.afterWrite();
        }
    }

    /**
     * Listens for commits made by other connections to this file (another window, the command line):
     * {@code listener} runs on the thread that noticed, before that thread's next write begins its work.
     */
    public void onOutsideChange(Runnable listener) {
        this.outsideChange = listener;
    }

    /**
     * Checks whether another program committed to the file since the last check, unless this process is
     * writing at the moment; cheap ({@code PRAGMA data_version}), meant to be polled while idle.
     */
    public void pollOutsideChanges() {
        ReentrantLock lock = writer != null ? writeLock : readLock;
        if (!lock.tryLock()) {
            return;
        }
        try {
            if (lock.getHoldCount() == 1 && !closed) {
                if (stopWritingIfReplaced()) {
                    // No commit of another program moves data_version then: say it to the views directly, so the
                    // window shows why at once instead of at the next edit.
                    Runnable listener = outsideChange;
                    if (listener != null) {
                        listener.run();
                    }
                    return;
                }
                if (journalNotFoldedUnsaid) {
                    // No commit moves data_version for a failed checkpoint either: the views hear of it here.
                    journalNotFoldedUnsaid = false;
                    Runnable listener = outsideChange;
                    if (listener != null) {
                        listener.run();
                    }
                }
                noticeOutsideChanges();
            }
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "data_version poll failed", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Runs the outside-change listener if {@code data_version} moved, unless every commit since wrote packs of passages
     * only ({@link FileGeneration.Saves#onlyPacksSince}): a close elsewhere commits them in tens of transactions, and
     * each moved data_version, which made this window load every passage again for copies of passages it holds (docs/
     * performance.md). Asked on the writer connection, only other connections' commits move it; a read-only project
     * asks its reader, which never commits.
     */
    private void noticeOutsideChanges() throws SQLException {
        long version;
        Connection connection = writer != null ? writer : reader;
        try (var st = connection.createStatement(); var rs = st.executeQuery("PRAGMA data_version")) {
            version = rs.next() ? rs.getLong(1) : 0;
        }
        long previous = seenVersion;
        seenVersion = version;
        if (previous == version) {
            return;
        }
        // Read after data_version: a commit in between is in these numbers, and moves data_version for the next look.
        FileGeneration.Saves before = seenSaves;
        seenSaves = FileGeneration.saves(connection);
        Runnable listener = outsideChange;
        if (previous != UNSEEN && listener != null && (seenSaves == null || !seenSaves.onlyPacksSince(before))
                && !onlyFolded(before)) {
            listener.run();
        }
    }

    /**
     * Whether data_version moved for a checkpoint alone: another program's close folds the journal into the file and
     * empties it (TRUNCATE), which moves data_version with no commit, and this window loaded every passage again for
     * it. Told apart from a commit made past Parallax (which moves neither save number either) by the journal: such a
     * commit leaves its pages in it until a checkpoint empties it, so only a commit and another program's close within
     * one poll are taken for the close alone.
     */
    private boolean onlyFolded(FileGeneration.Saves before) {
        if (seenSaves == null || !seenSaves.equals(before)) {
            return false;
        }
        try {
            Path journal = SqliteSideFile.WAL.beside(file);
            return Files.notExists(journal) || Files.size(journal) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private void execute(String sql) throws SQLException {
        try (var st = writer.createStatement()) {
            st.execute(sql);
        }
    }

    /** SQLite may already have rolled back by itself (disk full, I/O error): then there is nothing to undo. */
    private void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.DEBUG, "rollback: " + e.getMessage());
        }
    }

    /** Stops writing when the file or its journal was replaced behind our back; true if it did so just now. */
    private boolean stopWritingIfReplaced() throws SQLException {
        if (readOnlyReason == null && guard != null && writer != null) {
            String replaced = guard.problem();
            if (replaced != null) {
                // Our handles still reach the old log: fold what was committed into the main file, then stop.
                checkpoint("FULL");
                stopWriting(ReadOnlyCause.REPLACED, replaced.contains(" is no longer in ") ? replaced : replaced
                        + "; what was saved is in "
                        + file.getFileName() + " and writing has stopped: close and reopen the project");
                return true;
            }
        }
        return false;
    }

    /**
     * SQLite's failure in words; a page it cannot read, met while the project is open (a failing disk, another program
     * writing into the file), also stops every later write, as damage found on opening does: a write that does not
     * happen to touch that page would otherwise go on into the damaged file, after the newest sound backup.
     */
    private ParallaxException failure(SQLException e) {
        ParallaxException failure = SqlFailures.translate(file, e);
        if (SqlFailures.damaged(e) && writer != null) {
            stopWriting(ReadOnlyCause.DAMAGED, "the file is damaged (SQLite could not read part of it while it was "
                    + "open)");
        }
        return failure;
    }

    private void refuseWhenReadOnly() throws SQLException {
        stopWritingIfReplaced();
        if (readOnlyReason != null) {
            throw new ReadOnlyProjectException(file.getFileName() + " is open read-only: " + readOnlyReason);
        }
    }

    /** How many write transactions this connection committed: tells whether anything changed since a moment. */
    public long commits() {
        return commits;
    }

    /** Runs a read; inside a write on this thread it sees that write's uncommitted changes. */
    @Override
    public <T> T read(SqlWork<T> work) {
        boolean inWrite = writeLock.isHeldByCurrentThread();
        ReentrantLock lock = inWrite ? writeLock : readLock;
        lock.lock();
        try {
            return work.run(inWrite ? writer : reader);
        } catch (SQLException e) {
            throw failure(e);
        } catch (UnreadableValueException e) {
            throw SqlFailures.unreadableValue(file, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public <T> T readOneState(SqlWork<T> work) {
        return readConsistently(() -> read(work));
    }

    /**
     * Runs several reads on one state of the file: inside a read transaction on the reader connection, so a
     * commit by another program between two of them is not half seen; inside a write it runs on the writer.
     */
    public <T> T readConsistently(java.util.function.Supplier<T> work) {
        if (writeLock.isHeldByCurrentThread()) {
            return work.get();
        }
        readLock.lock();
        try {
            if (readLock.getHoldCount() > 1) {
                return work.get();
            }
            onReader("BEGIN");
            try {
                return work.get();
            } finally {
                onReader("COMMIT");
            }
        } catch (SQLException e) {
            throw failure(e);
        } finally {
            readLock.unlock();
        }
    }

    private void onReader(String sql) throws SQLException {
        try (var st = reader.createStatement()) {
            st.execute(sql);
        }
    }

    /** The file's save number ({@link FileGeneration}) as the reader sees it; empty before schema 16. */
    public OptionalLong saveNumber() {
        return read(FileGeneration::read);
    }

    /** The schema version stored in {@code PRAGMA user_version}. */
    public int schemaVersion() {
        return read(SqliteDialect.INSTANCE::schemaVersion);
    }

    /**
     * Runs {@code PRAGMA integrity_check}; returns "ok" for a sound file, else SQLite's findings. It runs on a connection
     * of its own, so reads and writes need not wait for it; refused once the project is closed.
     */
    public String integrityCheck() {
        String pages;
        try {
            pages = integrity.run().orElseThrow(() -> new StoreException(file.getFileName()
                    + " was closed before SQLite's check of it finished"));
        } catch (SQLException e) {
            throw SqlFailures.translate(file, e);
        }
        String header = headerDamage;
        return header == null ? pages : "ok".equals(pages) ? header : header + "\n" + pages;
    }

    /** Runs {@code PRAGMA quick_check}: "ok" for a sound file, else SQLite's findings. */
    public String quickCheck() {
        return read(c -> {
            String findings = QuickCheck.findings(c);
            return findings == null ? "ok" : findings;
        });
    }

    /**
     * Writes a consistent snapshot of the committed state to {@code target} (which must not exist) with
     * {@code VACUUM INTO}, on the reader connection: writes go on meanwhile, other reads wait.
     */
    public void snapshotTo(Path target) {
        if (writeLock.isHeldByCurrentThread()) {
            throw new IllegalStateException("a snapshot inside a write would miss the write's own changes");
        }
        readLock.lock();
        try {
            VacuumInto.write(reader, file, target);
        } finally {
            readLock.unlock();
        }
    }

    /**
     * Null once {@code before} has kept the older file as it is (on the reader, which sees it before any upgrade);
     * else why it stays as it is, opened read-only through an upgraded copy.
     */
    private static ReadOnly keepBeforeUpgrade(Connection reader, Path file, int version, BeforeUpgrade before) {
        try {
            before.keep(version, target -> VacuumInto.write(reader, file, target),
                    kept -> SameContent.as(reader, kept));
            return null;
        } catch (ParallaxException e) {
            LOG.log(System.Logger.Level.WARNING, file + ": not upgraded: " + e.getMessage(), e);
            return new ReadOnly(ReadOnlyCause.NOT_UPGRADED, "it was written by an older Parallax and is upgraded only "
                    + "once a copy of it as it was is kept, which failed: " + e.getMessage());
        }
    }

    /** Why a project opens read-only: its kind and its words. */
    private record ReadOnly(ReadOnlyCause cause, String reason) {
    }

    /**
     * Takes SQLite's locks on the file again by reopening both connections. POSIX drops every lock a process holds
     * on a file as soon as any of its handles to that file closes, and a native file chooser showing the project's
     * folder opens and closes the project file and its {@code -shm} (GTK reads each file's first bytes to tell its
     * type). With no lock left, the next program to close the project (a {@code parallax} command) took SQLite's
     * exclusive lock and deleted the {@code -wal} this process still wrote into, and writing here stopped
     * ("…-wal was deleted or replaced by another program"); {@code restore} no longer saw the project as open.
     * Skipped for a read-only project, when another {@code Database} of this process has the file open (its
     * connections keep SQLite from opening the file afresh), and when the file or its journal was replaced
     * meanwhile, which the next write reports as before.
     */
    public void retakeLocks() {
        writeLock.lock();
        readLock.lock();
        try {
            if (closed || writer == null || readOnlyReason != null || OPEN_HERE.getOrDefault(file, 0) != 1
                    || guard.problem() != null) {
                return;
            }
            // What another program committed until now still reaches the views; the new connections start afresh.
            noticeOutsideChanges();
            Connections.closeQuietly(reader);
            Connections.closeQuietly(writer);
            writer = Connections.writer(file, false);
            reader = Connections.reader(file, false);
            seenVersion = UNSEEN;
            noticeOutsideChanges();
            guard.remember();
        } catch (SQLException e) {
            LOG.log(System.Logger.Level.WARNING, file + ": reopening after a file chooser failed", e);
            stopWriting(ReadOnlyCause.REPLACED, "it could not be opened again (" + e.getMessage() + "): close and "
                    + "reopen the project");
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }

    private void checkpointWhenIdle() {
        if (!writeLock.tryLock()) {
            checkpointer.afterWrite();
            return;
        }
        try {
            if (!closed && writer != null) {
                checkpoint("PASSIVE");
            }
        } catch (SQLException e) {
            checkpointFailed(e);
        } finally {
            writeLock.unlock();
        }
    }

    private void checkpoint(String mode) throws SQLException {
        try (var st = writer.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(" + mode + ")");
        }
        if (journalNotFolded != null) {
            LOG.log(System.Logger.Level.INFO, file + ": the journal is folded into the file again");
            journalNotFolded = null;
        }
    }

    /**
     * Empties the journal into the file (TRUNCATE) unless another connection reads from it or writes at this moment:
     * with the busy wait, a window closing beside another program's read (a second window, the command line) waited for
     * that read to end, up to {@link #BUSY_WAIT_SECONDS}. The journal then stays beside the file as it is, whole (every
     * save in it committed; the next opening reads it, the last program to close folds it in); the file alone lacks
     * only what the other program's read still needed.
     */
    private void emptyJournalUnlessInUse() throws SQLException {
        execute("PRAGMA busy_timeout = 0");
        checkpoint("TRUNCATE");
    }

    /**
     * A checkpoint that failed leaves every save in the journal, where SQLite reads it: nothing is lost, but the file
     * alone (what a sync client copies) lacks them until one succeeds. Logged once for a run of failures, in one line
     * (a full disk fails every 200 ms of work alike), and said by {@link #journalNotFolded()}.
     */
    private void checkpointFailed(SQLException e) {
        boolean full = SqlFailures.diskFull(file, e);
        String reason = notFoldedReason(file, full, e);
        if (journalNotFolded == null) {
            if (full) {
                LOG.log(System.Logger.Level.WARNING, file + ": checkpoint failed: " + reason);
            } else {
                LOG.log(System.Logger.Level.WARNING, file + ": checkpoint failed: " + reason, e);
            }
            journalNotFoldedUnsaid = true;
        }
        journalNotFolded = reason;
    }

    private static String notFoldedReason(Path file, boolean full, SQLException e) {
        String name = file.getFileName().toString();
        return "the saves not yet written into " + name + " itself are kept in " + name + "-wal beside it ("
                + (full ? "the disk is full" : e.getMessage()) + "); they are safe while the two files stay together, "
                + "and go into " + name + " when it is next saved or opened with room on the disk";
    }

    /**
     * Why saves are kept in the journal beside the file and not yet in the file itself (the last checkpoint failed: a
     * full disk); empty when the file holds them, or after the next checkpoint that succeeds.
     */
    public Optional<String> journalNotFolded() {
        return Optional.ofNullable(journalNotFolded);
    }

    @Override
    public String actor() {
        return actor;
    }

    /** Names who makes the following changes, for {@link #actor()}. */
    public void actAs(String name) {
        this.actor = name;
    }

    @Override
    public Dialect dialect() {
        return SqliteDialect.INSTANCE;
    }

    @Override
    public void close() {
        integrity.stop();
        checkpointer.stop();
        writeLock.lock();
        readLock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            OPEN_HERE.computeIfPresent(file, (f, times) -> times == 1 ? null : times - 1);
            Connections.closeQuietly(reader);
            if (sideFilesMadeByReading) {
                Connections.removeSideFilesOfReading(file);
            }
            if (writer != null) {
                try {
                    // Fold the WAL back into the main file so a closed project is a single file. The pages are copied
                    // first without the write lock, which TRUNCATE holds while it copies: another program writing to the
                    // file waits only for what was written since (the packs of passages closing wrote are megabytes).
                    checkpoint("PASSIVE");
                    emptyJournalUnlessInUse();
                } catch (SQLException e) {
                    checkpointFailed(e);
                }
                Connections.closeQuietly(writer);
                if (OPEN_HERE.get(file) == null) {
                    LeftBehindJournal.removeIfLeft(file, guard.journal());
                }
            }
            if (upgradedCopy != null) {
                UpgradedCopy.delete(upgradedCopy);
            }
        } finally {
            readLock.unlock();
            writeLock.unlock();
        }
    }
}
