package org.parallax.store.sqlite;

import java.nio.file.Path;
import org.parallax.model.SqliteSideFile;

/**
 * Notices when the project file or its {@code -wal} was deleted or replaced behind Parallax's back, so the
 * next write stops with a message instead of going to a file no one will ever read again (issue 12: 2,423
 * passages lost after a sync client removed the {@code -wal}). Checked before each write: two stat calls.
 */
final class ReplacedFileGuard {
    private final Path file;
    private final Path wal;
    private final FileIdentity main;
    private FileIdentity walIdentity;

    ReplacedFileGuard(Path file) {
        this.file = file;
        this.wal = SqliteSideFile.WAL.beside(file);
        this.main = FileIdentity.of(file);
        this.walIdentity = FileIdentity.of(wal);
    }

    /** Records the {@code -wal} SQLite is using now; called after each commit. */
    void remember() {
        walIdentity = FileIdentity.of(wal);
    }

    /** The {@code -wal} this process wrote into last (absent when none was seen). */
    FileIdentity journal() {
        return walIdentity;
    }

    /** The problem in words, or null when both files are the ones opened. */
    String problem() {
        FileIdentity now = FileIdentity.of(file);
        if (now.absent()) {
            // Not "what was saved is in NAME": there is no NAME there any more to find it in.
            return file.getFileName() + " is no longer in " + file.toAbsolutePath().getParent() + " (moved away, "
                    + "deleted with its folder, or its drive removed) while it was open; this change and any later "
                    + "one cannot be saved: close the project and open it where it is now; if it was deleted, save a "
                    + "copy of what is still open (Save a copy… in the window) or restore a backup";
        }
        if (!now.sameAs(main)) {
            return file.getFileName() + " was moved, deleted or replaced by another program (a sync client?) "
                    + "while it was open";
        }
        if (!walIdentity.absent() && !FileIdentity.of(wal).sameAs(walIdentity)) {
            return wal.getFileName() + " (the project's journal of recent changes) was deleted or replaced by "
                    + "another program (a sync client?) while the project was open";
        }
        return null;
    }
}
