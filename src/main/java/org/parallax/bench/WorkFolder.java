package org.parallax.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.parallax.model.KilledWriters;

/** The benchmark's temporary folder: created fresh for a run and deleted with everything in it afterwards. */
public final class WorkFolder {
    private WorkFolder() {
    }

    /** A new folder inside {@code parent}, or inside the system temp folder when {@code parent} is null. */
    public static Path create(Path parent) {
        try {
            Path base = parent != null ? parent : Path.of(System.getProperty("java.io.tmpdir"));
            Files.createDirectories(base);
            return KilledWriters.newFolder(base, "parallax-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the benchmark's temporary folder", e);
        }
    }

    /** Deletes the folder and its content; a failure is logged, not thrown, so the results still arrive. */
    public static void delete(Path folder) {
        org.parallax.workbench.TempFolder.delete(folder);
    }

    public static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the size of " + file, e);
        }
    }
}
