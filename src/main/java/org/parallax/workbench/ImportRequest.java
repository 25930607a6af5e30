package org.parallax.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.parallax.model.DocumentMeta;

/**
 * What to import: files, metadata given for all of them (CLI flags, import dialog) and metadata per
 * file name (a metadata CSV), which wins over the shared metadata field by field.
 */
public record ImportRequest(List<Path> files, DocumentMeta shared, Map<String, DocumentMeta> perFile) {

    public ImportRequest {
        files = List.copyOf(files);
        shared = shared == null ? new DocumentMeta(null, null, null, null, null, null, null) : shared;
        perFile = perFile == null ? Map.of() : Map.copyOf(perFile);
    }

    public static ImportRequest of(List<Path> files) {
        return new ImportRequest(files, null, null);
    }
}
