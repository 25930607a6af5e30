package org.parallax.workbench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.parallax.model.Counted;
import org.parallax.model.DocumentMeta;
import org.parallax.model.FileNames;

/**
 * The metadata sheet's row of each file of an import: the row naming the file's path within the folder it was found
 * in ({@code 2014/minutes.txt}, so two files of one name in two subfolders get their own rows), else the row naming
 * its file name. Rows that name no file of the import are told, since a misspelt name would otherwise leave its
 * document without the date, actor or scenario the sheet gives it, and Table 1 counting it elsewhere.
 */
final class MetadataRows {
    private static final int NAMED = 3;

    private final Map<String, DocumentMeta> sheet;
    private final Map<Path, String> rowOf = new HashMap<>();

    MetadataRows(Map<String, DocumentMeta> sheet, List<Path> files, Map<Path, String> within) {
        this.sheet = sheet;
        if (sheet.isEmpty()) {
            return;
        }
        for (Path file : files) {
            String path = within.get(file);
            String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
            for (String key : path == null ? List.of(name) : List.of(path, path.replace('/', '\\'), name)) {
                if (sheet.containsKey(key)) {
                    rowOf.put(file, key);
                    break;
                }
            }
        }
    }

    /** The sheet's row for {@code file}, or a row giving nothing. */
    DocumentMeta of(Path file) {
        String key = rowOf.get(file);
        return key == null ? DocumentMeta.titled(null) : sheet.get(key);
    }

    /** A warning naming the rows that name no file of the import, if any. */
    Optional<String> unused() {
        Set<String> unused = new LinkedHashSet<>(sheet.keySet());
        // One look-up a used row: removeAll(rowOf.values()) asked the map's values whether they held each row, a walk
        // over every file for every row (some 50,000,000 comparisons for `bench --scale 10`'s 10,000 files).
        rowOf.values().forEach(unused::remove);
        if (unused.isEmpty()) {
            return Optional.empty();
        }
        List<String> named = unused.stream().limit(NAMED).map(FileNames::shown).toList();
        return Optional.of("the metadata sheet names " + Counted.of(unused.size(), "file") + " not among those "
                + "imported (" + String.join(", ", named) + (unused.size() > NAMED ? ", …" : "")
                + "); " + (unused.size() == 1 ? "its row was" : "their rows were") + " not used");
    }
}
