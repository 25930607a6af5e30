package org.parallax.workbench;

import java.util.List;
import org.parallax.model.Counted;

/**
 * The outcome of merging another project's coding ({@code other}, its file name): passages added per coder layer,
 * codes that had to be created, passages already present, and documents of the other project with no match by
 * content, whose passages were left out.
 */
public record MergeReport(int passagesAdded, int alreadyPresent, List<String> coders, List<String> codesCreated,
                          List<String> unmatchedDocuments, int passagesLeftOut, String other) {

    public MergeReport {
        coders = List.copyOf(coders);
        codesCreated = List.copyOf(codesCreated);
        unmatchedDocuments = List.copyOf(unmatchedDocuments);
    }

    /** What the CLI prints and the window shows. */
    public List<String> summary() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(Counted.of(passagesAdded, "passage") + " added (" + Counted.grouped(alreadyPresent) + " already present) for "
                + (coders.isEmpty() ? "no coder" : String.join(", ", coders)));
        if (!codesCreated.isEmpty()) {
            lines.add("codes created: " + String.join(", ", codesCreated));
        }
        if (!unmatchedDocuments.isEmpty()) {
            lines.add(Counted.of(unmatchedDocuments.size(), "document")
                    + " of " + other + " match" + (unmatchedDocuments.size() == 1 ? "es" : "")
                    + " no document here: " + Counted.of(passagesLeftOut, "passage")
                    + " left out (each named below)");
        }
        return lines;
    }

    /** One line per document of the other project that has no match here (its passages were skipped). */
    public List<String> problemLines() {
        return unmatchedDocuments.stream().map(d -> "no matching document: " + d).toList();
    }
}
