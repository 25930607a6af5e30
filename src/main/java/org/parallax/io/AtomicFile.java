package org.parallax.io;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.parallax.model.ParallaxException;

/** Writes a text file whole or not at all: into a temporary file in the same folder, then an atomic move. */
public final class AtomicFile {
    /** Writes the body of a file. */
    @FunctionalInterface
    public interface Body {
        void write(Writer out) throws IOException;
    }

    private AtomicFile() {
    }

    /** Writes {@code file} in UTF-8; {@code what} names the file in the error ("memo export"). */
    public static void write(Path file, String what, Body body) {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ParallaxException("Cannot write " + what + " " + file + ": the folder " + folder
                    + " does not exist");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                body.write(out);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ParallaxException("Cannot write " + what + " " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            System.getLogger(AtomicFile.class.getName()).log(System.Logger.Level.WARNING,
                    "cannot remove temporary file " + temp, e);
        }
    }
}
