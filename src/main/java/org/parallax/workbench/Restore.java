package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.parallax.model.Counted;
import org.parallax.model.ParallaxException;
import org.parallax.model.SqliteSideFile;
import org.parallax.store.DamagedProjectException;
import org.parallax.store.KilledWritersTemps;
import org.parallax.store.ProjectFile;
import org.parallax.store.ProjectStore;
import org.parallax.store.ProjectStores;

/**
 * Puts a backup in place of a closed project: the backup is verified first, the current file is kept as a
 * backup ("before restore"), the backup's copy is written whole beside the project, SQLite's side files of the old
 * file are removed (a stale {@code -wal} applied to the restored file would corrupt it), and the copy is moved over
 * the project atomically ({@link RestoredCopy}: a restore killed midway is finished by the next open).
 */
public final class Restore {
    /**
     * Told the name of each step of a restore as it is done, so that a test can kill a restore between two steps:
     * only a process killed at that very moment shows what a kill there leaves.
     */
    static volatile Consumer<String> stepDone = step -> { };

    private Restore() {
    }

    /**
     * What a restore did: the backup now in place, the backup that keeps the state before it, where the journal
     * beside the file that backup does not hold was kept (null when there was none), and the older kept journals
     * removed to make room for it ({@link KeptJournals}).
     */
    public record Outcome(BackupSummary restored, Backup keptCurrent, Path keptJournal, List<String> journalsRemoved) {
        /** The clause naming the kept journal, for the line saying what the restore did; empty when none was kept. */
        public String journalClause() {
            if (keptJournal == null) {
                return "";
            }
            return ", and the journal that lay beside it, " + keptJournal.getFileName().toString()
                    .replaceFirst("\\.[0-9a-f]{8}(-\\d+)?\\.before-restore$", "") + " (saves of an older or another "
                    + "copy of the project, not in the file and so not in that backup), as " + keptJournal
                    + (journalsRemoved.isEmpty() ? "" : " (the backups folder keeps the newest " + KeptJournals.NEWEST
                    + " journals kept so; removed the older " + String.join(", ", journalsRemoved) + ")");
        }
    }

    /** A backup by number in {@link Backups#list} (1 = newest), by file name in the backups folder, or by path. */
    public static Backup find(Path projectFile, String which) {
        List<Backup> all = Backups.list(projectFile);
        if (which.matches("\\d{1,4}")) {
            int n = Integer.parseInt(which);
            if (all.isEmpty() && Backups.folderProblem(projectFile).isPresent()) {
                throw new ParallaxException("There is no backup number " + which + " of " + projectFile.getFileName()
                        + ": " + Backups.folderProblem(projectFile).get() + "; nothing was changed");
            }
            if (n < 1 || n > all.size()) {
                throw new ParallaxException("There is no backup number " + which + " of " + projectFile.getFileName()
                        + " (" + Counted.of(all.size(), "backup") + "; run parallax restore " + projectFile
                        + " to list them); "
                        + "nothing was changed");
            }
            return all.get(n - 1);
        }
        for (Backup b : all) {
            if (b.file().getFileName().toString().equals(which) || b.file().equals(Path.of(which).toAbsolutePath())) {
                return b;
            }
        }
        Path path = Path.of(which);
        if (Files.isRegularFile(path)) {
            return new Backup(path.toAbsolutePath(), Instant.EPOCH, "chosen file");
        }
        throw new ParallaxException(which + ": no such backup of " + projectFile.getFileName()
                + " (run parallax restore " + projectFile + " to list them); nothing was changed");
    }

    /**
     * The backup to offer in place of a project file that failed to open because of what is in it (cut short,
     * emptied, too damaged to read): the newest one that passes the full check. Empty for any other failure (a newer
     * Parallax's file, another program writing, a full disk), where putting a backup in its place would throw away
     * sound work.
     */
    public static Optional<BackupSummary> offeredAfter(Path projectFile, Throwable failure) {
        if (!(failure instanceof DamagedProjectException)) {
            return Optional.empty();
        }
        return Backups.newestSound(Workbench.projectFile(projectFile));
    }

    /**
     * Restores {@code backup} over {@code projectFile}, which no program may have open: a window that has it open
     * would go on with its own view of the old file, so the restore is refused while one does.
     */
    public static Outcome restore(Path projectFile, Backup backup) {
        Path project = projectFile.toAbsolutePath();
        refuseWhileOpenElsewhere(project);
        BackupSummary summary = Backups.verified(backup);
        if (!summary.sound()) {
            throw new ParallaxException(backup.file().getFileName() + " cannot be restored: " + summary.problem()
                    + "; nothing was changed");
        }
        // Checked before the "before restore" backup is written: that one may go into a writable backups folder.
        Path folder = project.getParent();
        if (!Files.isWritable(folder)) {
            throw new ParallaxException(project.getFileName() + ": cannot restore into " + folder + ": the folder "
                    + "may not be written (a read-only folder, or another user's); nothing was changed");
        }
        refuseReadOnlyProject(project);
        stepDone.accept("checked");
        try (RestoreFinishLock restoring = RestoreFinishLock.take(project)) {
            // A program that opened the project since the first look would go on with the old file, its work saved
            // into a file about to be replaced; one that opens it from now on sees the lock and refuses.
            refuseWhileOpenElsewhere(project);
            // A restore killed with its copy waiting goes first: that copy would otherwise be put over this one later.
            finishKilledRestore(project);
            return replace(project, backup, summary);
        } catch (IOException e) {
            throw new ParallaxException(project.getFileName() + ": cannot restore " + backup.file().getFileName()
                    + ": the lock that keeps other programs from opening it meanwhile cannot be taken ("
                    + FileFailure.why(e) + "); nothing was changed", e);
        }
    }

    private static void refuseWhileOpenElsewhere(Path project) {
        if (ProjectStores.openByAnotherProgram(project)) {
            throw new ParallaxException(project.getFileName() + " is open in another program (a Parallax window or a "
                    + "command still running): close it there first, then restore; nothing was changed");
        }
    }

    /**
     * A project file Parallax may not write is read by every program with SQLite's immutable flag, which takes no lock:
     * a window reading it could not be seen, and went on showing the old file, its old counts, once the restore had
     * replaced the file under it; the file's read-only mark was lost with it. Such a file is not restored over.
     */
    private static void refuseReadOnlyProject(Path project) {
        ProjectStores.readOnlyForEveryProgram(project).ifPresent(why -> {
            throw new ParallaxException(project.getFileName() + ": cannot restore over it: " + why + "; a program "
                    + "reading it is not seen (a read-only project is read without the lock that shows it open), and "
                    + "it would go on showing the file as it was: make the file writable first if it is to be "
                    + "replaced, and close it in every window; nothing was changed");
        });
    }

    private static void finishKilledRestore(Path project) {
        try {
            RestoredCopy.finishWaiting(project);
        } catch (IOException e) {
            throw new ParallaxException(project.getFileName() + ": a restore stopped midway earlier could not be "
                    + "finished first (" + FileFailure.why(e) + "); nothing was changed", e);
        }
    }

    /** Keeps the current file, then puts a whole copy of the verified backup in its place; the lock is held. */
    private static Outcome replace(Path project, Backup backup, BackupSummary summary) {
        AtomicBoolean journalHeld = new AtomicBoolean();
        Backup kept = Files.exists(project) ? keepCurrent(project, journalHeld) : null;
        Path keptJournal = kept != null && !journalHeld.get() && ProjectStores.logBeside(project)
                ? keepJournal(project, backup, kept) : null;
        Path temp = KilledWritersTemps.beside(project, ".restoring.tmp");
        Path waiting = RestoredCopy.start(project);
        try {
            removeKilledRestores(project);
            String failed = project.getFileName() + ": cannot restore " + backup.file().getFileName() + ": ";
            try {
                Files.copy(backup.file(), temp, StandardCopyOption.REPLACE_EXISTING);
                RestoredCopy.await(temp, waiting);
            } catch (IOException e) {
                Backups.deleteQuietly(waiting);
                throw new ParallaxException(failed + "its copy could not be written beside the project ("
                        + FileFailure.why(e) + "); the project file is unchanged" + keptIn(kept), e);
            } finally {
                Backups.deleteQuietly(temp);
            }
            try {
                RestoredCopy.putInPlace(waiting, project);
            } catch (IOException e) {
                if (Files.exists(SqliteSideFile.WAL.beside(project))) {
                    Backups.deleteQuietly(waiting);
                    throw new ParallaxException(failed + "the old file's journal could not be removed ("
                            + FileFailure.why(e) + "); the project file is unchanged" + keptIn(kept), e);
                }
                throw new ParallaxException(failed + "it stopped midway, after the old file's journal was removed ("
                        + FileFailure.why(e) + "): the backup's whole copy waits beside the project as "
                        + waiting.getFileName() + " and is put in place when the project is next opened" + keptIn(kept),
                        e);
            }
        } finally {
            RestoredCopy.done(project);
        }
        List<String> journalsRemoved = KeptJournals.rotate(project, keptJournal);
        Backups.rotate(project);
        return new Outcome(summary, kept, keptJournal, journalsRemoved);
    }

    /** Where the project as it was before the restore is kept: said in every line of a restore that failed. */
    private static String keptIn(Backup kept) {
        return kept == null ? "" : "; the project as it was is also kept in the backup " + kept.file().getFileName();
    }

    /** Removes the copies that restores of {@code project} killed midway left beside it. */
    static void removeKilledRestores(Path project) {
        KilledWritersTemps.removeIn(project.getParent(),
                Pattern.quote(project.getFileName().toString()) + "\\.restoring\\.tmp");
    }

    /**
     * A snapshot of the current file when SQLite reads it soundly, else a copy of it as it is, its journal's saves
     * included (the restore deletes the journal). Without that copy there is no way back, so the restore stops here,
     * before anything of the project was touched.
     */
    private static Backup keepCurrent(Path project, AtomicBoolean journalHeld) {
        try {
            return Backups.write(project, "before restore", target -> journalHeld.set(snapshotOrCopy(project, target)));
        } catch (ParallaxException e) {
            throw new ParallaxException(project.getFileName() + ": cannot keep a copy of it before restoring: "
                    + BackupFailure.of(Backups.folder(project), e).message() + "; nothing was changed", e);
        }
    }

    /**
     * A journal that keeps the project from opening soundly (an older copy's, one that does not fit the file) is
     * removed by the restore, and the copy kept before it may leave its saves out; it is kept beside the backup.
     */
    private static Path keepJournal(Path project, Backup backup, Backup kept) {
        try {
            return JournalKeptBeforeRestore.keep(project);
        } catch (IOException e) {
            throw new ParallaxException(project.getFileName() + ": cannot restore " + backup.file().getFileName()
                    + ": the journal beside it (" + SqliteSideFile.WAL.beside(project).getFileName() + ", saves not "
                    + "written into the file, which the copy kept before the restore does not hold) could not be kept "
                    + "in " + Backups.folder(project) + " (" + FileFailure.why(e) + "); the project file is unchanged"
                    + keptIn(kept), e);
        }
    }

    /** Whether the copy holds the journal's saves: a snapshot read through the journal does. */
    private static boolean snapshotOrCopy(Path project, Path target) {
        try (ProjectStore db = ProjectStores.openReadOnly(new ProjectFile(project))) {
            if ("ok".equals(db.quickCheck())) {
                db.snapshotTo(target);
                return true;
            }
        } catch (ParallaxException e) {
            // Unreadable as a project: keep its bytes as they are.
        }
        try {
            return ProjectStores.copyAsItIs(project, target);
        } catch (IOException e) {
            throw new ParallaxException(e.getMessage(), e);
        }
    }
}
