package org.parallax.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.parallax.io.NonReplacingMove;
import org.parallax.model.SqliteSideFile;
import org.parallax.store.KilledWritersTemps;

/**
 * The journal ({@code NAME-wal}) a restore removes, kept in the backups folder when the copy kept before the restore
 * does not hold its saves: an older copy's journal synced in, or one that does not fit the file, is left out of that
 * copy (folded in, it would take the file back), yet it may hold a researcher's last saves made in that other copy.
 * Named by its CRC-32, like the damaged journals opening keeps ({@code NAME-wal.CRC32.damaged}), so two journals
 * never share a name; a journal kept before is not kept twice. {@link KeptJournals} bounds how many stay.
 */
final class JournalKeptBeforeRestore {
    private static final String KIND = ".before-restore";

    private JournalKeptBeforeRestore() {
    }

    /** Copies the journal beside {@code project} whole into its backups folder; returns the copy. */
    static Path keep(Path project) throws IOException {
        Path log = SqliteSideFile.WAL.beside(project);
        Path folder = Backups.folder(project);
        String name = log.getFileName() + "." + String.format("%08x", crc(log));
        Files.createDirectories(folder);
        // one a killed restore left, as large as the journal
        KilledWritersTemps.removeIn(folder, Pattern.quote(log.getFileName().toString()) + "\\.[0-9a-f]{8}"
                + Pattern.quote(KIND) + "\\.tmp");
        Path temp = KilledWritersTemps.beside(folder.resolve(name + KIND), ".tmp");
        try {
            Files.copy(log, temp, StandardCopyOption.REPLACE_EXISTING);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            for (int n = 1; ; n++) {
                Path copy = folder.resolve(name + (n == 1 ? "" : "-" + n) + KIND);
                if (Files.isRegularFile(copy) && Files.mismatch(copy, temp) == -1) {
                    KeptJournals.keptNow(copy);
                    return copy;
                }
                try {
                    NonReplacingMove.move(temp, copy);
                    return copy;
                } catch (FileAlreadyExistsException taken) {
                    // another journal of the same checksum: the next name
                }
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static long crc(Path log) throws IOException {
        CRC32 crc = new CRC32();
        byte[] chunk = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(log)) {
            for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
                crc.update(chunk, 0, read);
            }
        }
        return crc.getValue();
    }
}
