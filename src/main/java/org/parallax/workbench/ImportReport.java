package org.parallax.workbench;

import java.util.List;
import org.parallax.model.Document;

/**
 * The outcome of one import: documents stored, files that failed (one line each, naming the file and
 * the reason), files skipped because the same content is already in the project, whether the
 * user cancelled (files after the cancel point were not imported), and warnings about stored documents
 * (one line each, naming the file: e.g. bytes that were not valid UTF-8 and were replaced).
 */
public record ImportReport(List<Document> imported, List<String> failures, List<String> duplicates,
                           boolean cancelled, List<String> warnings) {

    public ImportReport {
        imported = List.copyOf(imported);
        failures = List.copyOf(failures);
        duplicates = List.copyOf(duplicates);
        warnings = List.copyOf(warnings);
    }

    public boolean hasProblems() {
        return !failures.isEmpty() || !duplicates.isEmpty();
    }
}
