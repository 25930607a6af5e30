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
import org.parallax.model.KilledWriters;

/**
 * The sources' texts of a .qdpx, kept on disk from the pass that writes project.qde, which needs each text for its
 * selections, to their own entries, which the zip takes after project.qde: so each text is read (and pseudonymised)
 * once, not once for each, and no more than one is held at a time. A file in a folder of this process's own in the
 * system's temporary folder ({@link KilledWriters#newFolder(String)}, as a workbook's sheets), removed on closing.
 */
final class TextSpool implements AutoCloseable {
    private static final int COPY_BUFFER = 1 << 16;

    private final Path folder;
    private final Path file;
    private final OutputStream out;
    private final List<String> names = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();

    private TextSpool(Path folder) throws IOException {
        this.folder = folder;
        this.file = folder.resolve("texts");
        this.out = new BufferedOutputStream(Files.newOutputStream(file), COPY_BUFFER);
    }

    static TextSpool open() throws IOException {
        return new TextSpool(KilledWriters.newFolder("parallax-qdpx-"));
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
        byte[] buffer = new byte[COPY_BUFFER];
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), COPY_BUFFER)) {
            for (int i = 0; i < names.size(); i++) {
                zip.putNextEntry(new ZipEntry(names.get(i)));
                for (int left = lengths.get(i); left > 0; ) {
                    int read = in.read(buffer, 0, Math.min(left, buffer.length));
                    if (read < 0) {
                        throw new IOException(file + " ended before the text of " + names.get(i));
                    }
                    zip.write(buffer, 0, read);
                    left -= read;
                }
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
            Files.deleteIfExists(folder);
        }
    }
}
