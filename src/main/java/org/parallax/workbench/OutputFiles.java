package org.parallax.workbench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.parallax.io.AtomicFiles;
import org.parallax.io.WriteFailures;

/**
 * The front ends' way to write a file of their own (settings, images) whole or not at all, through the
 * same {@link AtomicFiles} every export uses, and to install the check that keeps writes off the UI thread.
 */
public final class OutputFiles {
    private OutputFiles() {
    }

    /** Produces a file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes {@code file} atomically; a failure names the file and the reason in words. */
    public static void write(Path file, String what, Content content) {
        try {
            AtomicFiles.write(file, content::writeTo);
        } catch (IOException e) {
            throw WriteFailures.of(what, file, e);
        }
    }

    /** Runs {@code check} before every file Parallax writes; it refuses a write by throwing. */
    public static void guardWrites(Runnable check) {
        AtomicFiles.guardWrites(check);
    }
}
