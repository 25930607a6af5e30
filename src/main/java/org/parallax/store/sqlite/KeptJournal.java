package org.parallax.store.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parallax.store.KilledWritersTemps;

/**
 * A damaged journal found on opening, kept and named: a copy of the log goes into the project's backups folder
 * before SQLite sees the project (the saves it drops are still in those bytes), and the read-only reason says where
 * the log is damaged, what is lost and where the copy is.
 */
final class KeptJournal {
    private static final System.Logger LOG = System.getLogger(KeptJournal.class.getName());

    private KeptJournal() {
    }

    /** The read-only reason for {@code file} when its log is damaged, after keeping a copy; empty when it is not. */
    static Optional<String> check(Path file) {
        Optional<DamagedJournal.Finding> found;
        try {
            found = DamagedJournal.find(file);
            if (found.isEmpty()) {
                found = CutJournal.find(file);
            }
        } catch (IOException e) {
            // An unreadable log is SQLite's to report when it opens the project.
            LOG.log(System.Logger.Level.WARNING, file + "-wal: cannot be read for its check", e);
            return Optional.empty();
        }
        return found.map(finding -> reason(file, finding));
    }

    private static String reason(Path file, DamagedJournal.Finding finding) {
        String kept;
        try {
            kept = "a copy of the journal is kept at " + keep(file, finding);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, finding.log() + ": no copy could be kept", e);
            kept = "no copy of the journal could be kept (" + e.getMessage() + "): copy " + finding.log().getFileName()
                    + " somewhere safe before anything else";
        }
        int saves = finding.lostSaves();
        String lost = saves < 0 ? "is cut short at byte " + finding.offset() + ", before the end of the saves "
                + "written into it: the saves after that point are lost from it and not shown; "
                : "is damaged at byte " + finding.offset() + ": " + (saves == 1 ? "the save" : "the " + saves + " saves")
                + " written after that point cannot be read and " + (saves == 1 ? "is" : "are") + " not shown; ";
        return "its journal (" + finding.log().getFileName() + ", changes not yet written into the file) " + lost
                + kept + ". See what else is wrong with: parallax check " + file + "; go back to a backup with: "
                + "parallax restore " + file;
    }

    /** The project's backups folder, where the copies are kept. */
    static Path folder(Path file) {
        return file.resolveSibling(file.getFileName() + ".backups");
    }

    /** The name of the copy kept of {@code log} whose content has CRC-32 {@code crc}. */
    static Path copyOf(Path file, Path log, long crc) {
        return folder(file).resolve(log.getFileName() + "." + String.format("%08x", crc) + ".damaged");
    }

    /** Dates a copy found again as kept now: the backups keep the newest few copies by that date. */
    private static void keptNow(Path copy) {
        try {
            Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis()));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, copy + ": cannot be dated as kept again", e);
        }
    }

    /** Copies the log whole into {@code NAME.backups/}, once per content; returns the copy. */
    private static Path keep(Path file, DamagedJournal.Finding finding) throws IOException {
        Path folder = folder(file);
        Path copy = copyOf(file, finding.log(), finding.crc());
        if (Files.isRegularFile(copy)) {
            keptNow(copy);
            return copy;
        }
        Files.createDirectories(folder);
        Path temp = KilledWritersTemps.beside(copy, ".tmp");
        KilledWritersTemps.removeIn(folder, Pattern.quote(copy.getFileName().toString()) + "\\.tmp");
        try {
            Files.copy(finding.log(), temp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            Files.move(temp, copy, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
        return copy;
    }
}
