package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.parallax.io.NonReplacingMove;
import org.parallax.model.Counted;
import org.parallax.model.ParallaxException;
import org.parallax.model.ReadOnlyProjectException;
import org.parallax.model.SqliteSideFile;
import org.parallax.store.KilledWritersTemps;
import org.parallax.store.NewFileName;
import org.parallax.store.StoreException;

/**
 * Automatic backups of an open project (docs/backups.md): consistent snapshots ({@code VACUUM INTO}) in
 * {@code NAME.parallax.backups/} beside the project, each written whole (temporary file, then a move that never
 * replaces a file), taken on open when the newest is older than a day and before every destructive or bulk action,
 * and thinned by {@link BackupRotation}.
 */
public final class Backups {
    private static final System.Logger LOG = System.getLogger(Backups.class.getName());
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH-mm-ss.SSS", Locale.ROOT);
    private static final Pattern NAME = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}\\.\\d{3})_(.+)\\.parallax");
    static final Duration DAILY = Duration.ofDays(1);
    /** A test hook: called with the temporary file of {@link #copyTo} once the copy is written, before it is moved. */
    static volatile java.util.function.Consumer<Path> copyWritten = temp -> { };
    /** A test hook: called with the name a backup is to be given once its temporary file is written, before it is moved. */
    static volatile java.util.function.Consumer<Path> backupWritten = target -> { };
    /** How many later milliseconds a backup whose name was taken meanwhile tries before giving up. */
    private static final int FRESH_NAMES = 1000;

    private final Project project;
    private long commitsAtLastBackup = -1;
    private Backup lastBackup;
    /** Whether {@link #lastBackup} is the daily one taken on opening. */
    private boolean dailyOfThisOpening;
    /**
     * Why the daily backup due on open was not written: days without one must not pass unnoticed. Volatile, not
     * guarded by the lock: the window reads it on its UI thread, which must not wait for a backup being written.
     */
    private volatile String dailyFailure;

    Backups(Project project) {
        this.project = project;
    }

    /** The backups folder of a project file: {@code NAME.parallax.backups/} beside it. */
    public static Path folder(Path projectFile) {
        Path absolute = projectFile.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".backups");
    }

    /**
     * Why a project can have no backups whatever happens: its backups folder's name is taken by a file (or anything
     * else that is not a folder), so no backup can be written there or listed from there. Empty when it is a folder
     * or absent (the first backup makes it).
     */
    public static Optional<String> folderProblem(Path projectFile) {
        Path folder = folder(projectFile);
        if (!Files.exists(folder) || Files.isDirectory(folder)) {
            return Optional.empty();
        }
        String what;
        try {
            what = Files.isRegularFile(folder) ? "a file of " + Counted.of(Files.size(folder), "byte") : "not a folder";
        } catch (IOException e) {
            what = "not a folder";
        }
        return Optional.of(folder + " is " + what + ", so no backup can be written there or listed from there: move "
                + "it away (Parallax keeps the backups in a folder of that name)");
    }

    /**
     * The backups of a project, newest first; files in the folder that Parallax did not name are ignored. Those dated
     * after the computer's clock come last: they were taken before the clock was put back (or went wrong), so number
     * 1 is the one taken last under the present clock, the one a researcher who just made a mistake needs.
     */
    public static List<Backup> list(Path projectFile) {
        Path folder = folder(projectFile);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Backup> out = new ArrayList<>();
            files.forEach(f -> {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    Instant taken = LocalDateTime.parse(m.group(1), STAMP).toInstant(ZoneOffset.UTC);
                    out.add(new Backup(f, taken, m.group(2).replace('-', ' ')));
                }
            });
            Instant now = Instant.now();
            out.sort(Comparator.comparing((Backup b) -> b.datedAfter(now))
                    .thenComparing(Comparator.comparing(Backup::taken).reversed()));
            return out;
        } catch (IOException e) {
            throw new ParallaxException(folder.getFileName() + ": cannot list the backups (" + e.getMessage() + ")", e);
        }
    }

    /** Opens a backup read-only and counts what it holds; a backup that cannot be read says why. */
    public static BackupSummary summarise(Backup backup) {
        try (Workbench wb = Workbench.openSnapshot(backup.file())) {
            return new BackupSummary(backup, wb.documents().list().size(), wb.passageCount(), null);
        } catch (ParallaxException e) {
            return new BackupSummary(backup, 0, 0, e.getMessage());
        }
    }

    /** The newest backup that passes the full check of its file and texts, if any. */
    public static java.util.Optional<BackupSummary> newestSound(Path projectFile) {
        for (Backup b : list(projectFile)) {
            BackupSummary summary = verified(b);
            if (summary.sound()) {
                return java.util.Optional.of(summary);
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Like {@link #summarise} but also runs SQLite's integrity check and the content-hash check. Not the quick check: it
     * leaves indexes unchecked against their tables, so a backup with a damaged index page passed and, restored, gave
     * the project the damage.
     */
    public static BackupSummary verified(Backup backup) {
        try (Workbench wb = Workbench.openSnapshot(backup.file())) {
            String integrity = wb.integrityCheck();
            List<CheckFinding> findings = integrity.equals("ok") ? wb.check().contentHashes() : List.of();
            String problem = !integrity.equals("ok") ? "damaged: " + integrity.lines().findFirst().orElse("")
                    : findings.isEmpty() ? null : findings.size() + (findings.size() == 1 ? " damaged text or row: "
                    : " damaged texts or rows, first ") + findings.get(0);
            return new BackupSummary(backup, wb.documents().list().size(), wb.passageCount(), problem);
        } catch (ParallaxException e) {
            return new BackupSummary(backup, 0, 0, e.getMessage());
        }
    }

    /** Takes a backup now and thins the folder; returns it. */
    public synchronized Backup take(String reason) {
        if (project.onServer()) {
            throw new ParallaxException(project.store.location().displayName() + " is a team project: it is backed up "
                    + "on its server with pg_dump (docs/team.md), or copied here with parallax team pull");
        }
        // Reading is enough to back up: a read-only file or folder (a CD, another user's file) is backed up as it is.
        if (project.store.readOnlyReason().isPresent() && !project.store.readsWhole()) {
            throw new ReadOnlyProjectException(project.displayName() + " is open read-only ("
                    + project.store.readOnlyReason().get() + "); copy the file itself to keep it");
        }
        long commits = project.store.commits();
        Backup backup = dailyOfThisOpening(commits).map(daily -> renamed(daily, reason))
                .orElseGet(() -> write(project.file(), reason, project.store::snapshotTo));
        commitsAtLastBackup = commits;
        lastBackup = backup;
        dailyOfThisOpening = false;
        // A backup written since the failed daily one is the way back a warning about it asked for.
        dailyFailure = null;
        rotate(project.file());
        return backup;
    }

    /**
     * The day's first backup, taken on opening, when nothing changed since: a backup asked for now (`parallax backup`,
     * Back up now at once) is that one, named for what it was asked for, not a second copy of the same state.
     */
    private Optional<Backup> dailyOfThisOpening(long commits) {
        return dailyOfThisOpening && commitsAtLastBackup == commits && Files.exists(lastBackup.file())
                ? Optional.of(lastBackup) : Optional.empty();
    }

    private static Backup renamed(Backup backup, String reason) {
        try {
            return movedToAFreshName(backup.file(), backup.taken(), reason);
        } catch (IOException e) {
            throw new ParallaxException(BackupFailure.of(backup.file().getParent(), e).message()
                    + "; the project itself is unchanged", e);
        }
    }

    /** A backup of the project as it is now: the one taken earlier in this session if nothing changed since. */
    public synchronized Backup current(String reason) {
        if (lastBackup != null && commitsAtLastBackup == project.store.commits() && Files.exists(lastBackup.file())) {
            return lastBackup;
        }
        return take(reason);
    }

    /**
     * What a backup holds that the project's pseudonymised files replace, as a clause for the line naming a backup,
     * while the project hides names (attributes marked sensitive, its coders pseudonymised): a backup is the whole
     * project, the real names and the key of the pseudonyms included, and no way to hand it on (docs/backups.md).
     */
    public Optional<String> realNamesHeld() {
        List<String> held = new ArrayList<>();
        List<String> sensitive = Pseudonyms.sensitiveAttributes(project);
        if (!sensitive.isEmpty()) {
            held.add("the values of " + String.join(", ", sensitive));
        }
        if (CoderPseudonyms.on(project)) {
            held.add("the coders' names");
        }
        if (held.isEmpty()) {
            return Optional.empty();
        }
        String export = project.inTheWindow ? "File → Export → REFI-QDA project, pseudonymised"
                : "parallax export qdpx " + project.settingsAddress() + " OUT.qdpx --pseudonymise";
        return Optional.of("like the project, it holds the real names that pseudonymised exports replace ("
                + String.join(" and ", held) + "): to hand the project on, send a pseudonymised export (" + export
                + "), never a backup");
    }

    /** Writes a copy of the project as it is now to {@code target}, a new file (for a read-only project). */
    public void copyTo(Path target) {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute)) {
            throw new ParallaxException(NewFileName.taken(absolute, "choose another name"));
        }
        if (!Files.isDirectory(absolute.getParent())) {
            throw new ParallaxException(absolute.getFileName() + ": cannot save the copy: the folder "
                    + absolute.getParent() + " does not exist (nothing was written)");
        }
        Path temp = ProjectCopyTemps.forCopyTo(absolute);
        try {
            project.store.snapshotTo(temp);
            copyWritten.accept(temp);
            NonReplacingMove.move(temp, absolute);
        } catch (FileAlreadyExistsException e) {
            throw new ParallaxException(NewFileName.taken(absolute, "made there while the copy was being written, and "
                    + "left as it is; nothing was written: choose another name"), e);
        } catch (IOException e) {
            throw new ParallaxException(absolute.getFileName() + ": cannot save the copy (" + e.getMessage() + ")", e);
        } finally {
            ProjectCopyTemps.remove(temp);
        }
    }

    /**
     * On open: a backup when the newest is older than a day and the project holds documents. The texts are
     * checked against their content hashes first, so a daily backup never preserves silent damage.
     */
    void daily(ProjectCheck check) {
        if (project.store.readOnlyReason().isPresent()) {
            return;
        }
        // A backup or restore killed midway left a copy as large as the project; the next backup may be days away.
        KilledWritersTemps.removeIn(folder(project.file()), NAME.pattern() + "\\.tmp");
        Restore.removeKilledRestores(project.file());
        if (project.documents.count() == 0) {
            return;
        }
        Instant now = Instant.now();
        // A backup dated after the clock is no sign of a recent one: it would put off every daily backup until then.
        if (list(project.file()).stream().noneMatch(b -> !b.datedAfter(now) && b.taken().isAfter(now.minus(DAILY)))) {
            if (!check.contentHashes().isEmpty()) {
                return;
            }
            try {
                take("daily");
                dailyOfThisOpening = true;
            } catch (ParallaxException e) {
                LOG.log(System.Logger.Level.WARNING, "daily backup failed", e);
                // The command goes on and may change the project: "the project is unchanged" would mislead here.
                dailyFailure = "no daily backup was taken: "
                        + BackupFailure.of(folder(project.file()), e).message();
            }
        }
    }

    /**
     * Why the daily backup due when the project was opened could not be written; empty when it was, was not due, or
     * a backup has been written since.
     */
    Optional<String> dailyFailure() {
        return Optional.ofNullable(dailyFailure);
    }

    /**
     * Before a destructive or bulk action: a backup, unless nothing changed since the last one taken in this
     * session. If the backup cannot be written the action is refused: it is the only way back.
     */
    Optional<Backup> before(String action) {
        // A team project is backed up on its server (pg_dump, docs/team.md); nothing is copied here.
        if (project.onServer() || project.store.readOnlyReason().isPresent() || project.documents.count() == 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(current("before " + action));
        } catch (ParallaxException e) {
            throw new ParallaxException("Not done: " + action + " needs a backup first, and " + e.getMessage(), e);
        }
    }

    /** Writes a backup of {@code projectFile} through {@code snapshot} into a temporary file, then moves it in place. */
    static Backup write(Path projectFile, String reason, java.util.function.Consumer<Path> snapshot) {
        Path folder = folder(projectFile);
        Instant taken = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Path target = folder.resolve(fileName(taken, reason));
        Path temp = KilledWritersTemps.beside(target, ".tmp");
        try {
            Files.createDirectories(folder);
            KilledWritersTemps.removeIn(folder, NAME.pattern() + "\\.tmp");
            snapshot.accept(temp);
            backupWritten.accept(target);
            return movedToAFreshName(temp, taken, reason);
        } catch (IOException | StoreException e) {
            // the snapshot's own failure names only its hidden temporary file; say which folder and what stood in the way
            throw new ParallaxException(BackupFailure.of(folder, e).message() + "; the project itself is unchanged", e);
        } finally {
            deleteQuietly(temp);
            deleteQuietly(SqliteSideFile.JOURNAL.beside(temp));
        }
    }

    /**
     * Moves a written backup to its name, never over a file there: two backups taken in the same millisecond for the
     * same reason (two programs, a window and a command) are named alike, and a rename over the first lost it. On a
     * clash the backup takes the next millisecond's name, so it still sorts and rotates by when it was taken. The
     * folder is forced to disk after the move ({@link NonReplacingMove}): a power cut could otherwise lose the name.
     */
    private static Backup movedToAFreshName(Path temp, Instant taken, String reason) throws IOException {
        Path folder = temp.getParent();
        for (int later = 0; ; later++) {
            Instant named = taken.plusMillis(later);
            Path target = folder.resolve(fileName(named, reason));
            try {
                NonReplacingMove.move(temp, target);
                return new Backup(target, named, reason);
            } catch (FileAlreadyExistsException clash) {
                if (later == FRESH_NAMES) {
                    throw clash;
                }
            }
        }
    }

    private static String fileName(Instant taken, String reason) {
        String slug = reason.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-");
        return STAMP.format(taken.atZone(ZoneOffset.UTC)) + "_" + slug + ".parallax";
    }

    static void rotate(Path projectFile) {
        for (Backup old : BackupRotation.toDelete(list(projectFile), Instant.now())) {
            deleteQuietly(old.file());
        }
        KeptJournals.rotate(projectFile, null);
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot delete " + file, e);
        }
    }
}
