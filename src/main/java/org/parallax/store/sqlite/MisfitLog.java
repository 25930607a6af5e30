package org.parallax.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import org.parallax.model.SqliteSideFile;

/**
 * A write-ahead log ({@code NAME-wal}) beside a project that does not belong to it: copied or synced in from another
 * project, or from another copy of this one. SQLite applies any log whose frames are intact to whatever file it lies
 * beside, so a sound file then reads as damaged. The sign is that the file alone (opened {@code immutable}, which
 * reads no log) is sound while file and log together are not: a log of the file's own, even one left by a killed
 * program, only adds committed pages. Restoring a backup would then throw away the sound file's newest work, and
 * writing would fold the foreign pages into it for good; the log is what has to go.
 */
public final class MisfitLog {
    /** SQLite's log header; a log no longer than that holds no changes. */
    private static final long HEADER_BYTES = 32;

    private MisfitLog() {
    }

    /** True when a log with changes in it lies beside {@code file}. */
    public static boolean present(Path file) {
        try {
            Path log = SqliteSideFile.WAL.beside(file);
            return Files.isRegularFile(log) && Files.size(log) > HEADER_BYTES;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when a log with changes lies beside {@code file} and no program, this one included, has the file open. */
    public static boolean leftover(Path file) {
        return present(file) && !Database.openHere(file) && !OpenElsewhere.check(file);
    }

    /**
     * The refusal for a file found damaged on opening, when a log lies beside it and the file alone passes SQLite's
     * quick check; empty when the damage is the file's own. Call it with no connection of this process open.
     */
    static Optional<String> whenFileAloneIsSound(Path file) {
        if (!present(file)) {
            return Optional.empty();
        }
        try (Connection alone = Connections.reader(file, true)) {
            ProjectSchema.require(alone, file);
            return QuickCheck.findings(alone) == null ? Optional.of(file.getFileName() + ": " + advice(file))
                    : Optional.empty();
        } catch (SQLException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** What to do about a log that does not fit: move it away, not restore a backup. */
    public static String advice(Path file) {
        String name = String.valueOf(file.getFileName());
        return "the file itself is sound, but " + name + "-wal beside it (changes not yet written into the "
                + "file) does not fit it: it comes from another project or another copy of this one (a sync client?). "
                + "Nothing was changed. Move " + name + "-wal and " + name + "-shm into another folder, then open the "
                + "project again; there is no need to restore a backup";
    }
}
