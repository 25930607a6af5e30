package org.parallax.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.parallax.model.DocumentMeta;

/**
 * A child JVM for {@link ImportCrashSafetyTest} and {@link IndexingCrashTest}: imports every .txt file of a folder into a project,
 * giving each a "batch" attribute, and prints "parsed N" after each file and "imported" when the import returned.
 */
public final class ImportChild {
    static final String ATTRIBUTE = "batch";

    private ImportChild() {
    }

    /** Arguments: project file, folder of .txt files. */
    public static void main(String[] args) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(args[1]))) {
            files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        Map<String, DocumentMeta> perFile = new HashMap<>();
        for (Path file : files) {
            perFile.put(file.getFileName().toString(), new DocumentMeta(null, null, null, null, null, null,
                    Map.of(ATTRIBUTE, expectedBatch(file))));
        }
        try (Workbench workbench = Workbench.open(Path.of(args[0]))) {
            workbench.documents().importFiles(new ImportRequest(files, null, perFile), new TaskProgress() {
                public void update(long done, long total, String message) {
                    System.out.println("parsed " + done);
                    System.out.flush();
                }

                public boolean isCancelled() {
                    return false;
                }
            });
            System.out.println("imported");
            System.out.flush();
        }
        System.out.println("finished");
    }

    /** The attribute value a file gets, derived from its name so the parent can check it. */
    static String expectedBatch(Path file) {
        return "b" + Math.floorMod(file.getFileName().toString().hashCode(), 5);
    }
}
