package org.parallax.io.refi;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.parallax.io.AtomicFiles;
import org.parallax.model.KilledWriters;

/**
 * The sources' texts of a .qdpx, kept on disk from the pass that writes project.qde, which needs each text for its
 * selections, to their own entries, which the zip takes after project.qde: so each text is read (and pseudonymised)
 * once, not once for each, and no more than one is held at a time. The file is a hidden one beside the .qdpx, on the
 * disk the user chose, which the .qdpx needs room on anyway: in the system's temporary folder (often a tmpfs, that is
 * memory) it took the texts' size where the user did not look, and a full temporary folder was reported as a full
 * disk for the .qdpx. Removed on closing; one a killed export left goes as {@link AtomicFiles}' own leftovers do.
 */
final class TextSpool implements AutoCloseable {
    private static final int BUFFER = 1 << 16;

    private final Path file;
    private final Path folder;
    private final OutputStream out;
    private final List<String> names = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();

    private TextSpool(Path file, Path folder) throws IOException {
        this.file = file;
        this.folder = folder;
        this.out = new BufferedOutputStream(Files.newOutputStream(file), BUFFER);
    }

    /**
     * A spool beside {@code target}; in a folder of this process's own in the temporary folder when the target is no
     * plain file to be (a device or a pipe, whose folder is no place for it).
     */
    static TextSpool beside(Path target) throws IOException {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            Path folder = KilledWriters.newFolder("parallax-qdpx-");
            return new TextSpool(folder.resolve("texts"), folder);
        }
        return new TextSpool(AtomicFiles.newSideFile(target, "texts"), null);
    }

    /** Keeps {@code text} as the entry {@code name}'s UTF-8 bytes, after those kept before. */
    void add(String name, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        names.add(name);
        lengths.add(bytes.length);
    }

    /** Writes each text kept, in the order it was kept, as a zip entry of its own. */
    void writeEntries(ZipOutputStream zip) throws IOException {
        out.close();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
            for (int i = 0; i < names.size(); i++) {
                // One text's bytes at a time: no more than add() held when it was kept.
                byte[] text = in.readNBytes(lengths.get(i));
                if (text.length < lengths.get(i)) {
                    throw new IOException(file + " ended before the text of " + names.get(i));
                }
                zip.putNextEntry(new ZipEntry(names.get(i)));
                zip.write(text);
                zip.closeEntry();
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
            if (folder != null) {
                Files.deleteIfExists(folder);
            }
        }
    }
}
