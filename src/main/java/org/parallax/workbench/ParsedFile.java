package org.parallax.workbench;

import java.nio.file.Path;
import java.util.List;
import org.parallax.model.DocumentMeta;

/** A parsed file ready to store with warnings about its text (one line each), or the one-line reason it failed. */
record ParsedFile(Path file, DocumentMeta meta, String text, String hash, List<String> warnings, String failure) {
    static ParsedFile failed(Path file, String failure) {
        return new ParsedFile(file, null, null, null, List.of(), failure);
    }

    /** The file's name as messages show it (one line). */
    String name() {
        return org.parallax.model.FileNames.shown(file);
    }
}
