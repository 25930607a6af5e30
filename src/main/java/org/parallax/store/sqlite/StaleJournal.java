package org.parallax.store.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.OptionalLong;
import org.parallax.store.StoreException;

/**
 * A journal ({@code NAME-wal}) beside a project file that takes the file back to an earlier save: an older copy's,
 * synced in or copied along with the file at another moment. SQLite applies it without a word, the project reads as
 * sound (its pages fit), the saves made since are gone from what is shown, and the next write folds the old pages into
 * the file for good. Told by the file's save number ({@link FileGeneration}): read in the file alone before SQLite
 * opens it with its journal, then through the journal; a journal of the file's own never brings it lower. Costs
 * nothing when no journal with changes lies beside the file, as after every clean close; else one read-only open.
 */
final class StaleJournal {
    private StaleJournal() {
    }

    /**
     * The save number in {@code file} alone, read before any connection of this process to it; empty when there is
     * nothing to compare: no journal with changes beside it, the file open here already (its journal is ours), or a
     * file from before schema 16.
     */
    static OptionalLong numberInFileAlone(Path file) {
        if (!MisfitLog.present(file) || Database.openHere(file)) {
            return OptionalLong.empty();
        }
        return FileGeneration.inFileAlone(file);
    }

    /**
     * Refuses, changing nothing, when the file read through its journal ({@code withJournal}) holds an earlier save
     * than {@code inFileAlone}, or none at all. A journal that garbles the file so that the number cannot be read is
     * left to SQLite's quick check and {@link MisfitLog}.
     */
    static void refuseOlder(Path file, OptionalLong inFileAlone, Connection withJournal) {
        if (inFileAlone.isEmpty()) {
            return;
        }
        OptionalLong brought;
        try {
            brought = FileGeneration.read(withJournal);
        } catch (SQLException e) {
            return;
        }
        if (brought.isPresent() && brought.getAsLong() >= inFileAlone.getAsLong()) {
            return;
        }
        String name = String.valueOf(file.getFileName());
        throw new StoreException(name + ": " + name + "-wal beside it (changes not yet written into the file) is "
                + "older than the file itself: it goes back to " + (brought.isPresent() ? "save "
                + brought.getAsLong() : "before the project counted its saves") + " while the file holds save "
                + inFileAlone.getAsLong() + ", so it comes from an older copy of this project (a sync client? a copy "
                + "made file by file?), and opening the project with it would take back every change saved since. "
                + "Nothing was changed. Move " + name + "-wal and " + name + "-shm into another folder, then open the "
                + "project again: the file itself holds the newest saves; there is no need to restore a backup");
    }
}
