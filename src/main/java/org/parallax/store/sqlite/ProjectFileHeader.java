package org.parallax.store.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.parallax.store.DamagedProjectException;
import org.parallax.store.StoreException;

/**
 * The checks a file passes before SQLite sees it: it exists, is a file, is not empty and starts with the
 * SQLite header. SQLite itself would turn an empty file into a new database and report anything else as
 * {@code SQLITE_NOTADB}; a researcher who opened notes.csv by mistake needs the reason in words instead.
 */
final class ProjectFileHeader {
    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    /** The header's byte that says which SQLite may write the file: 1 (rollback journal) or 2 (WAL). */
    private static final int WRITE_VERSION = 18;

    private ProjectFileHeader() {
    }

    /** Throws a {@link StoreException} naming the file unless it looks like an SQLite database. */
    static void require(Path file) {
        String name = file.getFileName().toString();
        if (Files.isDirectory(file)) {
            throw new StoreException(name + " is a folder, not a Parallax project");
        }
        if (!Files.exists(file) && Files.isSymbolicLink(file)) {
            throw new StoreException(name + " is a symbolic link that leads to no file: " + linkTarget(file)
                    + " is missing, or the links lead round in a loop (" + file + ")");
        }
        if (!Files.exists(file)) {
            throw new StoreException(name + ": no such project file (" + file + ")");
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_MAGIC.length);
            if (head.length == 0) {
                // A project emptied by a crash or a sync client looks like any empty file: point to its backups.
                throw new DamagedProjectException(name + " is empty (0 bytes), not a Parallax project; if it was one, "
                        + "restore a backup: parallax restore " + file, file);
            }
            if (overwritten(file, head)) {
                // Zeros from a bad disk or a crash, or a project whose backups lie beside it: not a file of another
                // kind opened by mistake, as "not a Parallax project" told the researcher.
                throw new DamagedProjectException(name + " is damaged: its header, the start of the file that makes "
                        + "it a database Parallax can read, " + (allZeros(head) ? "reads as zeros" : "holds other "
                        + "bytes") + " (overwritten by a bad disk, a crash or another program); restore a backup: "
                        + "parallax restore " + file, file);
            }
            if (!Arrays.equals(head, SQLITE_MAGIC)) {
                throw new StoreException(name + " is not a Parallax project");
            }
        } catch (IOException e) {
            throw new StoreException(name + ": cannot read the file (" + e.getMessage() + ")", e);
        }
    }

    /** A header that is no SQLite's and all zeros, or in a file whose backups folder lies beside it. */
    private static boolean overwritten(Path file, byte[] head) {
        if (Arrays.equals(head, SQLITE_MAGIC)) {
            return false;
        }
        return head.length == SQLITE_MAGIC.length && allZeros(head)
                || Files.isDirectory(file.resolveSibling(file.getFileName() + ".backups"));
    }

    private static boolean allZeros(byte[] head) {
        for (byte b : head) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Damage to the header that SQLite takes as an order rather than as damage: a write version other than 1 or 2 (byte
     * 18, one flipped bit from WAL's 2) makes SQLite open the file read-only, so that every change was refused as if
     * the disk refused writes. Empty for a sound header.
     */
    static Optional<String> damage(Path file) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(WRITE_VERSION + 1);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (head.length <= WRITE_VERSION) {
            return Optional.empty();
        }
        int version = head[WRITE_VERSION] & 0xFF;
        return version == 1 || version == 2 ? Optional.empty() : Optional.of("the file is damaged (its header, the "
                + "start of the file that says how to read and write the rest, holds the write version " + version
                + ", which SQLite never writes and which keeps the file read-only)");
    }

    /** A file that starts as an SQLite database but whose header SQLite refuses ({@code SQLITE_NOTADB}). */
    static DamagedProjectException unreadableHeader(Path file, Exception cause) {
        return new DamagedProjectException(file.getFileName() + " is too damaged to open (SQLite cannot read its "
                + "header, the start of the file that says how to read the rest); restore a backup: parallax restore "
                + file, file, cause);
    }

    private static String linkTarget(Path link) {
        try {
            return "its target " + Files.readSymbolicLink(link);
        } catch (IOException e) {
            return "its target";
        }
    }

}
