package org.parallax.workbench;

import java.nio.file.Path;
import java.util.List;
import org.parallax.model.DocumentMeta;

/**
 * A parsed file ready to store with its text's word count and warnings about its text (one line each), or the one-line
 * reason it failed. The words are counted here, where the files are parsed in parallel, rather than in the import's
 * writing transaction, which one thread runs while the others wait for it.
 */
record ParsedFile(Path file, DocumentMeta meta, String text, String hash, long words, List<String> warnings,
                  String failure) {
    static ParsedFile failed(Path file, String failure) {
        return new ParsedFile(file, null, null, null, 0, List.of(), failure);
    }

    /** The file's name as messages show it (one line). */
    String name() {
        return org.parallax.model.FileNames.shown(file);
    }
}
