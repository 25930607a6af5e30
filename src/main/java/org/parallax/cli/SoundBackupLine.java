package org.parallax.cli;

import java.nio.file.Path;
import java.util.Optional;
import org.parallax.model.Counted;
import org.parallax.store.DamagedProjectException;
import org.parallax.workbench.BackupSummary;
import org.parallax.workbench.Restore;

/**
 * The newest sound backup of a damaged project and the command that restores it, as the window offers it: "; the
 * newest sound backup is from 2026-12-01 10:00:00 (daily, 75 documents, 71 passages): restore it with: parallax
 * restore PROJECT BACKUP". A researcher whose project cannot be read is told which backup to take, not only where to
 * look.
 */
final class SoundBackupLine {
    private SoundBackupLine() {
    }

    static String of(Path project, BackupSummary found) {
        return "; the newest sound backup is from " + RestoreCommand.WHEN.format(found.backup().taken()) + " ("
                + found.backup().reason() + ", " + Counted.of(found.documents(), "document") + ", "
                + Counted.of(found.passages(), "passage") + "): restore it with: parallax restore " + project + " "
                + found.backup().file().getFileName();
    }

    /** For a command that failed because its project file is too damaged to open: the line's end, or empty. */
    static String after(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DamagedProjectException damaged && damaged.file().isPresent()) {
                Path file = damaged.file().get();
                Optional<BackupSummary> found = Restore.offeredAfter(file, damaged);
                return found.map(backup -> of(file, backup)).orElse("");
            }
        }
        return "";
    }
}
