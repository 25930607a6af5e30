package org.parallax.store;

import java.nio.file.Path;
import java.util.function.Supplier;
import org.parallax.model.ReadOnlyCause;
import org.parallax.store.postgres.PostgresProjectStore;
import org.parallax.store.postgres.PostgresTeamAdmin;
import org.parallax.store.sqlite.SqliteProjectStore;

/** The one way in to a backend: turns a project location into an open {@link ProjectStore}. */
public final class ProjectStores {
    private ProjectStores() {
    }

    /** Creates a new project with the current schema; refuses a location where a project exists. */
    public static ProjectStore create(ProjectLocation location) {
        return SqliteProjectStore.create(file(location));
    }

    /** Opens an existing project and brings its schema up to date. */
    public static ProjectStore open(ProjectLocation location) {
        return open(location, null);
    }

    /**
     * Opens an existing project; a team project's password comes from PGPASSWORD, ~/.pgpass or else
     * {@code prompt} (which may be null where nobody can be asked).
     */
    public static ProjectStore open(ProjectLocation location, Supplier<char[]> prompt) {
        if (location instanceof TeamUrl url) {
            return PostgresProjectStore.open(url, prompt, false);
        }
        return SqliteProjectStore.open(file(location));
    }

    /**
     * Opens a project file and brings its schema up to date, keeping the file as it was through {@code before} first
     * when an older Parallax wrote it.
     */
    public static ProjectStore open(ProjectFile file, BeforeUpgrade before) {
        return SqliteProjectStore.open(file.path(), before);
    }

    /** Opens a project without ever writing to it (checks, backups, merges from it). */
    public static ProjectStore openReadOnly(ProjectLocation location) {
        return openReadOnly(location, null);
    }

    /** Opens a project without ever writing to it, asking {@code prompt} for a team project's password. */
    public static ProjectStore openReadOnly(ProjectLocation location, Supplier<char[]> prompt) {
        if (location instanceof TeamUrl url) {
            return PostgresProjectStore.open(url, prompt, true);
        }
        return SqliteProjectStore.openReadOnly(file(location));
    }

    /**
     * Opens a project file read-only at the user's choice, {@code why} saying why (another program was writing to
     * it): every refused write and the window's banner give that reason.
     */
    public static ProjectStore openReadOnly(ProjectFile file, ReadOnlyCause cause, String why) {
        return SqliteProjectStore.openReadOnly(file.path(), cause, why);
    }

    /**
     * The save number of a project file no one has open (a backup), read from the file alone without creating anything
     * beside it; empty when it has none (written before schema 16) or cannot be read.
     */
    public static java.util.OptionalLong saveNumberOf(Path file) {
        return SqliteProjectStore.saveNumberOf(file);
    }

    /** Opens a file no one writes any more (a backup) read-only, creating nothing beside it. */
    public static ProjectStore openSnapshot(Path file) {
        return SqliteProjectStore.openSnapshot(file);
    }

    /**
     * Opens read-only a project file that is never written (the sample that comes with the program), {@code why}
     * saying why, creating nothing beside it.
     */
    public static ProjectStore openUnchanged(Path file, String why) {
        return SqliteProjectStore.openUnchanged(file, why);
    }

    /**
     * Whether another program (a Parallax window, a command still running) has the project file open right now.
     * Call it while this program has the file closed; false when it cannot be told.
     */
    public static boolean openByAnotherProgram(Path file) {
        return SqliteProjectStore.openByAnotherProgram(file);
    }

    /**
     * Why every program opens the project file read-only (it, its folder or a side file beside it may not be written),
     * which a program reading it does without a lock {@link #openByAnotherProgram} could see; empty when writable.
     */
    public static java.util.Optional<String> readOnlyForEveryProgram(Path file) {
        return SqliteProjectStore.readOnlyForEveryProgram(file);
    }

    /**
     * Copies a project file SQLite does not read soundly to {@code target} as it is, with the saves of the journal beside
     * it folded into the copy: what a restore keeps of the file it replaces. False when a journal with changes lies
     * beside it that the copy leaves out (one that does not fit the file: an older or another copy's).
     */
    public static boolean copyAsItIs(Path file, Path target) throws java.io.IOException {
        return SqliteProjectStore.copyAsItIs(file, target);
    }

    /**
     * Makes {@code snapshot} (a project file's snapshot, {@link ProjectStore#snapshotTo}) the copy a second coder codes
     * blind in: its documents with their details and its codebook stay, every passage, memo, coder, anchor example,
     * hypothesis, saved search and setting but {@code keptSettings} goes ({@code addedSettings} are written), and
     * nothing removed stays readable in the file; returns the rows removed per table.
     */
    public static LeftOutOfACopy leaveTheCodingOut(Path snapshot, java.util.Set<String> keptSettings,
                                                               java.util.Map<String, String> addedSettings,
                                                               java.util.function.UnaryOperator<String> codebookTexts) {
        return SqliteProjectStore.leaveTheCodingOut(snapshot, keptSettings, addedSettings, codebookTexts);
    }

    /** Whether a log of changes not yet written into the file ({@code NAME-wal}) lies beside it. */
    public static boolean logBeside(Path file) {
        return org.parallax.store.sqlite.MisfitLog.present(file);
    }

    /** Whether a log with changes lies beside the file while no program has it open (a killed one's, or copied in). */
    public static boolean leftoverLogBeside(Path file) {
        return org.parallax.store.sqlite.MisfitLog.leftover(file);
    }

    /** What to do when the log beside the file does not fit it: move the log away, not restore a backup. */
    public static String misfitLogAdvice(Path file) {
        return org.parallax.store.sqlite.MisfitLog.advice(file);
    }

    /**
     * Keeps SQLite's native library in {@code cacheFolder} instead of extracting it again in every process (a start
     * with {@code java -jar}); the installed program ships it extracted and is not affected.
     */
    public static void cacheNativeLibraryIn(Path cacheFolder) {
        org.parallax.store.sqlite.NativeLibraryCache.useFolder(cacheFolder);
    }

    /** Setting up team projects on a PostgreSQL server: schema, roles, members, publish and pull. */
    public static TeamAdmin teamAdmin() {
        return PostgresTeamAdmin.INSTANCE;
    }

    private static Path file(ProjectLocation location) {
        if (location instanceof ProjectFile file) {
            return file.path();
        }
        if (location instanceof TeamUrl url) {
            throw new StoreException(url + ": a team project is created on its server with parallax team init (or "
                    + "parallax team publish FILE URL), not here");
        }
        throw new StoreException(location.displayName() + ": this kind of project location is not supported");
    }
}
