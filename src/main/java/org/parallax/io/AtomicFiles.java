package org.parallax.io;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import org.parallax.model.KilledWriters;
import org.parallax.model.SqliteSideFile;

/**
 * Writes every file Parallax produces whole or not at all: the content goes to a hidden temporary file in
 * the target's own folder (same file system, so the rename is atomic), is forced to disk (a large file a part at a
 * time while the rest is being written, {@link WriteAhead}), then moved over the target. A failure or abort midway leaves the earlier file untouched and removes the temporary file.
 * Only a killed process can leave one behind, named {@code .NAME.PID-HEX.part} after the process writing it; the next
 * write into the same folder removes those whose process is no longer running (and those named {@code .NAME.HEX.part}
 * before the id was in the name, once they are an hour old).
 */
public final class AtomicFiles {
    /** Suffix of the temporary files, so a leftover from a killed process is recognisable. */
    public static final String TEMP_SUFFIX = ".part";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Runnable NO_GUARD = () -> { };
    private static volatile Runnable guard = NO_GUARD;

    private AtomicFiles() {
    }

    /** Produces a file's content as bytes. */
    @FunctionalInterface
    public interface StreamBody {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Produces a file's content as text, encoded as UTF-8 without BOM. */
    @FunctionalInterface
    public interface TextBody {
        void writeTo(Writer out) throws IOException;
    }

    /**
     * Installs a check run before every write; it refuses by throwing. The window installs one that
     * catches writes on its UI thread (io cannot know about JavaFX); {@code null} removes it.
     */
    public static void guardWrites(Runnable check) {
        guard = check == null ? NO_GUARD : check;
    }

    /** Writes text to {@code file} as UTF-8, replacing it atomically. */
    public static void writeText(Path file, TextBody body) throws IOException {
        Objects.requireNonNull(body);
        write(file, out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            body.writeTo(writer);
            try {
                writer.flush();
            } catch (IOException closed) {
                // The body closed the writer itself, which flushed it first.
            }
        });
    }

    public static void writeString(Path file, String text) throws IOException {
        writeText(file, out -> out.write(text));
    }

    public static void writeBytes(Path file, byte[] bytes) throws IOException {
        write(file, out -> out.write(bytes));
    }

    /**
     * Writes {@code file} through a temporary sibling and an atomic move. Throws an IOException whose
     * message says why in words (missing folder, not a folder, no permission) for the caller to name the file.
     */
    public static void write(Path file, StreamBody body) throws IOException {
        guard.run();
        Path target = file.toAbsolutePath().normalize();
        if (Files.isSymbolicLink(target)) {
            // The link is the user's way of naming a file: the file it leads to is written, and the link kept.
            if (!Files.exists(target)) {
                target = danglingEnd(target);
            } else {
                Path real = leadsTo(target);
                if (real == null || !Files.isRegularFile(real)) {
                    writeStream(target, body);
                    return;
                }
                target = real;
            }
        } else if (Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target)) {
            writeStream(target, body);
            return;
        }
        Path folder = checkFolder(target);
        refuseDatabase(target);
        Path temp = createTemp(folder, target.getFileName().toString());
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                WriteAhead ahead = new WriteAhead(channel, () -> channel.force(false));
                try {
                    KeepOpen kept = new KeepOpen(new BufferedOutputStream(ahead, 1 << 16));
                    writeBody(body, kept);
                    kept.flush();
                    ahead.finish();
                } finally {
                    ahead.stop();
                }
                channel.force(true);
            }
            move(temp, target);
            moved = true;
            syncFolder(folder);
            removeLeftovers(folder);
        } finally {
            if (!moved) {
                Files.deleteIfExists(temp);
            }
        }
    }

    /**
     * A new hidden file beside {@code file}, for a writer that keeps part of what it writes aside until the end: named
     * as the temporary files of {@link #write} are ({@code .NAME.ROLE.PID-HEX.part}), so one a killed process left is
     * removed after a later write into the folder. The caller deletes it.
     */
    public static Path newSideFile(Path file, String role) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        return createTemp(checkFolder(target), target.getFileName() + "." + role);
    }

    private static final int MOST_LINKS = 40;

    /**
     * Where a link to a file not made yet leads: each link's content read against its own folder, as the system
     * reads it ({@code ln -s exports/latest.csv latest.csv}), so the file is made there and every link kept.
     */
    private static Path danglingEnd(Path link) throws IOException {
        Path at = link;
        for (int hops = 0; Files.isSymbolicLink(at); hops++) {
            if (hops == MOST_LINKS) {
                throw new IOException("it is a link in a loop of links, which leads to no file: "
                        + "choose another file name");
            }
            // Not normalised: a ".." after a linked folder means that folder's parent, which the system finds.
            at = at.resolveSibling(Files.readSymbolicLink(at));
        }
        return at;
    }

    /** Where a link leads, or null when it leads nowhere a path can name (a pipe behind /dev/stdout). */
    private static Path leadsTo(Path link) {
        try {
            return link.toRealPath();
        } catch (IOException e) {
            return null;
        }
    }

    /**
     * Writes straight into a device or a pipe ({@code /dev/null}, {@code /dev/stdout}, a FIFO), or through a link
     * that leads to one: a temporary file moved over it replaced the device itself with a plain file (run as root,
     * {@code export csv … /dev/null} left the machine without a /dev/null). A stream has no earlier content to keep,
     * so it is written as it comes.
     */
    private static void writeStream(Path target, StreamBody body) throws IOException {
        try (OutputStream stream = Files.newOutputStream(target, StandardOpenOption.WRITE)) {
            KeepOpen kept = new KeepOpen(new BufferedOutputStream(stream, 1 << 16));
            writeBody(body, kept);
            kept.flush();
        }
    }

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /**
     * Refuses to replace a project file (or a backup of one, or any SQLite database) with an export: one slip
     * of the output name ({@code export csv study.parallax study.parallax}) would otherwise swap the
     * researcher's work for a CSV file. Exports never write databases, so no export is kept from its target.
     */
    private static void refuseDatabase(Path target) throws IOException {
        if (isDatabase(target)) {
            throw new IOException("it is a Parallax project (an SQLite database), which an export never replaces: "
                    + "choose another file name");
        }
        refuseSideFile(target);
    }

    /**
     * Refuses the names SQLite gives a database's side files ({@code study.parallax-wal}, a tab completion away
     * from the project's name): an export there replaced the open project's journal, which SQLite then deleted as
     * its own on closing (the export said it was written, and was gone), and a window holding the project stopped
     * writing. The name alone decides, since the file may not exist yet: SQLite would take it up when it does.
     */
    private static void refuseSideFile(Path target) throws IOException {
        String name = target.getFileName().toString();
        for (SqliteSideFile side : SqliteSideFile.values()) {
            String suffix = side.suffix();
            if (name.endsWith(suffix) && name.length() > suffix.length()) {
                Path database = target.resolveSibling(name.substring(0, name.length() - suffix.length()));
                if (isDatabase(database)) {
                    throw new IOException("it belongs to the Parallax project " + database.getFileName() + " (SQLite's "
                            + side.role() + " of it), which an export never "
                            + "replaces: choose another file name");
                }
            }
        }
    }

    private static boolean isDatabase(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        byte[] head = new byte[SQLITE_HEADER.length];
        int read;
        try (var in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (AccessDeniedException unreadable) {
            return false;
        }
        return read == head.length && java.util.Arrays.equals(head, SQLITE_HEADER);
    }

    /**
     * Runs the body and fails with the first write error it met, even when a library caught it: POI reports a
     * full disk as "OpenXML4JRuntimeException: Fail to save: … marshaller …" (the user must read the disk's own
     * "No space left on device"), and a library that swallowed the error must not get a cut-off file moved
     * into place.
     */
    private static void writeBody(StreamBody body, KeepOpen out) throws IOException {
        try {
            body.writeTo(out);
        } catch (RuntimeException e) {
            IOException cause = out.failure != null ? out.failure : ioCause(e);
            if (cause == null) {
                throw e;
            }
            cause.addSuppressed(e);
            throw cause;
        }
        if (out.failure != null) {
            throw out.failure;
        }
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /**
     * Lets a body close its stream (Jackson and CSV printers do) without closing the channel before the sync,
     * and remembers the first write error.
     */
    private static final class KeepOpen extends FilterOutputStream {
        private IOException failure;

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw remember(e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
        }

        private IOException remember(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    private static Path checkFolder(Path target) throws IOException {
        Path folder = target.getParent();
        if (folder == null) {
            throw new IOException("no folder to write into");
        }
        if (!Files.exists(folder)) {
            throw new IOException("the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException(folder + " is not a folder");
        }
        if (Files.isDirectory(target)) {
            throw new IOException(target + " is a folder");
        }
        return folder;
    }

    private static Path createTemp(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            byte[] random = new byte[6];
            RANDOM.nextBytes(random);
            Path temp = folder.resolve("." + name + "." + ProcessHandle.current().pid() + "-"
                    + HexFormat.of().formatHex(random) + TEMP_SUFFIX);
            try {
                // Not Files.createTempFile: it makes the file owner-only, and exports should get the usual mode.
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 10) {
                    throw e;
                }
            } catch (AccessDeniedException e) {
                throw new IOException("no permission to write in the folder " + folder, e);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (AccessDeniedException e) {
            throw new IOException("no permission to replace " + target, e);
        }
    }

    /** A temporary file of any target: {@code .NAME.}, the writing process's id and a dash (not before), hex. */
    private static final Pattern LEFTOVER = Pattern.compile("\\..+\\.(?:(?<pid>\\d{1,18})-)?[0-9a-f]{12}"
            + Pattern.quote(TEMP_SUFFIX));

    /** Removes the temporary files a killed process left in {@code folder} ({@link KilledWriters} decides which). */
    private static void removeLeftovers(Path folder) {
        KilledWriters.removeIn(folder, LEFTOVER);
    }

    /** Makes the rename itself durable where the platform allows it (POSIX); elsewhere it is best effort. */
    static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }
}
