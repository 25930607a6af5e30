package org.parallax.store.sqlite;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import org.parallax.model.DiskFullException;
import org.parallax.store.StoreException;

/** A consistent copy of a project's committed state in a new file, by SQLite's {@code VACUUM INTO}, forced to disk. */
final class VacuumInto {
    private static final System.Logger LOG = System.getLogger(VacuumInto.class.getName());

    private VacuumInto() {
    }

    /** Writes {@code file}'s committed state, as {@code connection} reads it, to {@code target}, which must not exist. */
    static void write(Connection connection, Path file, Path target) {
        try (var st = connection.prepareStatement("VACUUM INTO ?")) {
            st.setString(1, target.toAbsolutePath().toString());
            st.execute();
            try (var channel = FileChannel.open(target, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
        } catch (IOException e) {
            if (DiskFullException.causedBy(e)) {
                throw diskFull(file, target, e);
            }
            throw new StoreException(target.getFileName() + ": cannot write the snapshot (" + e.getMessage() + ")", e);
        } catch (SQLException e) {
            if (SqlFailures.diskFull(target, e)) {
                throw diskFull(file, target, e);
            }
            throw new StoreException(file.getFileName() + ": cannot write a snapshot to " + target.getFileName()
                    + " (" + e.getMessage() + ")", e);
        }
    }

    /** SQLite's "database or disk is full" names neither the disk nor the file; this says both and what was kept. */
    private static DiskFullException diskFull(Path file, Path target, Exception e) {
        LOG.log(System.Logger.Level.WARNING, target + ": " + e.getMessage(), e);
        Path folder = target.toAbsolutePath().getParent();
        return new DiskFullException(file.getFileName() + ": cannot write a copy of the project into " + folder
                + ": the disk is full; no copy was written, and the project itself is unchanged", e);
    }
}
