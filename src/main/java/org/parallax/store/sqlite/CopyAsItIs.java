package org.parallax.store.sqlite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import org.parallax.model.SqliteSideFile;

/**
 * A copy of a project file SQLite does not read soundly, kept before a restore replaces it: its bytes, with the saves
 * of the journal beside it folded into the copy. A restore deletes that journal (applied to the restored file it would
 * corrupt it), and the last saves of a writer killed before they reached the file are only there. The file and its
 * journal are only read; the folding is done on the copy.
 */
final class CopyAsItIs {
    private CopyAsItIs() {
    }

    /** Writes the copy; false when a journal with changes lies beside the file and the copy leaves it out. */
    static boolean write(Path file, Path target) throws IOException {
        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
        Path log = SqliteSideFile.WAL.beside(file);
        if (!Files.isRegularFile(log) || Files.size(log) == 0) {
            return true;
        }
        // A log that fits another file (the file alone is sound) is not this file's: the copy keeps the file alone.
        if (MisfitLog.whenFileAloneIsSound(file).isPresent()) {
            return false;
        }
        Path copiedLog = SqliteSideFile.WAL.beside(target);
        try {
            Files.copy(log, copiedLog, StandardCopyOption.REPLACE_EXISTING);
            try (Connection copy = Connections.writer(target, false); var st = copy.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            return true;
        } catch (SQLException e) {
            throw new IOException("its journal " + log.getFileName() + " cannot be folded into the copy ("
                    + e.getMessage() + ")", e);
        } finally {
            for (SqliteSideFile side : SqliteSideFile.values()) {
                Files.deleteIfExists(side.beside(target));
            }
        }
    }
}
