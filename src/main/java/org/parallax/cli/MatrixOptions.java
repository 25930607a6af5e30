package org.parallax.cli;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.parallax.analysis.MatrixSpec;
import org.parallax.model.Document;
import org.parallax.workbench.Workbench;

/** Option spellings `tally` and `timeline` share: column choices with periods, and document selections. */
final class MatrixOptions {
    private MatrixOptions() {
    }

    /** The columns for a `--cols` value; "period" means the periods between the project's events. */
    static MatrixSpec.Columns columns(String text, List<Long> indicators, Workbench workbench) {
        try {
            return workbench.analysis().columns(text, indicators);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--cols: " + e.getMessage(), e);
        }
    }

    /** Restricts the filter to the given document ids, refusing ids the project does not hold. */
    static MatrixSpec.Filter withDocuments(MatrixSpec.Filter filter, List<Long> ids, Workbench workbench) {
        if (ids == null || ids.isEmpty()) {
            return filter;
        }
        Set<Long> known = new HashSet<>(workbench.documents().list().stream().map(Document::id).toList());
        for (long id : ids) {
            if (!known.contains(id)) {
                throw new IllegalArgumentException("--doc " + id + ": the project has no document with this id "
                        + "(see `docs PROJECT` for the ids)");
            }
        }
        return filter.withDocuments(new HashSet<>(ids));
    }
}
