package org.parallax.workbench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.KilledWriters;
import org.parallax.model.SqliteSideFile;
import org.parallax.store.KilledWritersTemps;

/**
 * The last steps of a restore, made safe from a kill: the backup's whole copy waits beside the project
 * ({@code .NAME.restored-PID}) before anything of the project is touched; then the old file's journal and shared
 * memory go (a stale journal applied to the restored file would corrupt it) and the copy is moved over the project.
 * A restore killed between those two left the old file without the saves only its journal held; the next open
 * finds the waiting copy and finishes the restore, one program at a time ({@link RestoreFinishLock}).
 */
final class RestoredCopy {
    private static final System.Logger LOG = System.getLogger(RestoredCopy.class.getName());
    private static final String KIND = ".restored";
    /** The projects this process is restoring now: their waiting copies are no killed restore's. */
    private static final Set<Path> RESTORING = ConcurrentHashMap.newKeySet();

    private RestoredCopy() {
    }

    /** Marks {@code project} as being restored by this process until {@link #done}. */
    static Path start(Path project) {
        RESTORING.add(project);
        return KilledWritersTemps.beside(project, KIND);
    }

    static void done(Path project) {
        RESTORING.remove(project);
    }

    /**
     * Makes the whole, synced copy {@code temp} the waiting copy: from this moment the restore no longer depends on
     * this process to be finished.
     */
    static void await(Path temp, Path waiting) throws IOException {
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Restore.stepDone.accept("copied");
        Files.move(temp, waiting, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(waiting.getParent());
        Restore.stepDone.accept("waiting");
    }

    /** Removes the old file's side files and moves the waiting copy over {@code project}. */
    static void putInPlace(Path waiting, Path project) throws IOException {
        Files.deleteIfExists(SqliteSideFile.WAL.beside(project));
        Restore.stepDone.accept("journal removed");
        Files.deleteIfExists(SqliteSideFile.SHM.beside(project));
        Restore.stepDone.accept("shared memory removed");
        Files.move(waiting, project, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        syncFolder(project.getParent());
        Restore.stepDone.accept("moved in");
    }

    /**
     * Finishes a restore of {@code project} that a killed process left with its copy waiting, before the project is
     * opened: the restore was asked for and its backup verified, and the old file may have lost its journal already.
     * Returns what happened, for the user; empty when no restore was waiting or it cannot be finished here (a folder
     * that may not be written, where none could have been started).
     */
    static Optional<OpeningNote> finishInterrupted(Path project) {
        if (waitingOfKilledRestores(project).isEmpty()) {
            return Optional.empty();
        }
        Restore.stepDone.accept("killed restore found");
        try (RestoreFinishLock finishing = RestoreFinishLock.take(project)) {
            return finishWaiting(project);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot finish the restore of " + project + " a killed process left", e);
            return Optional.empty();
        }
    }

    /** {@link #finishInterrupted} for a caller that holds the {@link RestoreFinishLock} of {@code project}. */
    static Optional<OpeningNote> finishWaiting(Path project) throws IOException {
        // Another program opening the project at the same moment may have finished it while this one waited.
        List<Path> waiting = waitingOfKilledRestores(project);
        if (waiting.isEmpty()) {
            return Optional.empty();
        }
        putInPlace(waiting.get(0), project);
        for (Path older : waiting.subList(1, waiting.size())) {
            Files.deleteIfExists(older);
        }
        Optional<Backup> kept = Backups.list(project).stream().filter(b -> b.reason().equals("before restore"))
                .findFirst();
        String before = kept.map(b -> " is kept in the backup " + b.file().getFileName()).orElse(" is in no backup");
        return OpeningNote.of(project.getFileName() + ": a restore that was stopped midway (the program was killed or "
                + "the computer stopped) was finished on opening: the backup chosen then is in place, and the project as "
                + "it was before it" + before, kept);
    }

    /** The waiting copies of restores whose process is gone, newest first. */
    private static List<Path> waitingOfKilledRestores(Path project) {
        Pattern name = Pattern.compile(Pattern.quote("." + project.getFileName() + KIND) + "-(\\d{1,18})");
        List<Path> found = new ArrayList<>();
        if (RESTORING.contains(project)) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(project.getParent(),
                f -> name.matcher(f.getFileName().toString()).matches())) {
            for (Path file : files) {
                Matcher m = name.matcher(file.getFileName().toString());
                m.matches();
                long pid = Long.parseLong(m.group(1));
                if (pid == ProcessHandle.current().pid() || KilledWriters.gone(pid)) {
                    found.add(file);
                }
            }
            found.sort(Comparator.comparing(RestoredCopy::modified).reversed());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot look for a killed restore's copy beside " + project, e);
        }
        return found;
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    /** Makes a rename durable before the next step depends on it (POSIX); elsewhere the rename itself must do. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel.
        }
    }
}
