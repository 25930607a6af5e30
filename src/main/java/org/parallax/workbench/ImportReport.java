package org.parallax.workbench;

import java.util.List;
import org.parallax.model.Document;

/**
 * The outcome of one import: documents stored, files that failed (one line each, naming the file and
 * the reason), files skipped because the same content is already in the project, whether the
 * user cancelled, and how many files the cancel left out (listed but not read, or read but not yet saved: none of
 * them is in the project, each document saved is whole), warnings about stored documents
 * (one line each, naming the file: e.g. bytes that were not valid UTF-8 and were replaced) or about the
 * run, and why the whole run stopped early, if it did (a full disk, a project another program kept
 * busy): then {@code imported} is exactly what was saved and the stop reason, also the last failure
 * line, says which files were not, {@code notImportedOnStop} of them.
 */
public record ImportReport(List<Document> imported, List<String> failures, List<String> duplicates,
                           boolean cancelled, List<String> warnings, String stopped, int notImportedOnCancel,
                           int notImportedOnStop) {

    public ImportReport {
        imported = List.copyOf(imported);
        failures = List.copyOf(failures);
        duplicates = List.copyOf(duplicates);
        warnings = List.copyOf(warnings);
    }

    public ImportReport(List<Document> imported, List<String> failures, List<String> duplicates, boolean cancelled,
                        List<String> warnings) {
        this(imported, failures, duplicates, cancelled, warnings, null, 0, 0);
    }

    /**
     * The files that failed: one for each failure line but the stop's, which stands for every file the stop left
     * out (a full disk stopping before three files is three files failed, not one).
     */
    public int failedFiles() {
        return stopped == null ? failures.size() : failures.size() - 1 + notImportedOnStop;
    }

    public boolean hasProblems() {
        return !failures.isEmpty() || !duplicates.isEmpty();
    }
}
