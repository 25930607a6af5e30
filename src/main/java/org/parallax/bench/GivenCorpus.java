package org.parallax.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.parallax.model.ParallaxException;

/**
 * The user's own corpus for {@code bench --corpus DIR}: every regular, non-hidden file in the folder and its
 * subfolders, in name order, so a side-by-side with another program imports exactly the same files.
 */
final class GivenCorpus {
    private GivenCorpus() {
    }

    static List<Path> files(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ParallaxException(folder + ": not a folder (bench --corpus needs a folder of texts)");
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            List<Path> files = paths.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
            if (files.isEmpty()) {
                throw new ParallaxException(folder + ": no files to import");
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + folder, e);
        }
    }
}
