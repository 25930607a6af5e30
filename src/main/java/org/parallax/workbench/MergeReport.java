package org.parallax.workbench;

import java.util.List;
import org.parallax.model.Counted;

/**
 * The outcome of merging another project's coding ({@code other}, its file name): passages added per coder layer,
 * codes that had to be created, passages already present, documents of the other project with no match by
 * content, whose passages were left out, and how many of the passages added went into the layer of {@code ownCoder},
 * the coder this project records its own work under, and a line for each of their coders renamed here
 * ({@link ImportedCoderNames}).
 */
public record MergeReport(int passagesAdded, int alreadyPresent, List<String> coders, List<String> codesCreated,
                          List<String> unmatchedDocuments, int passagesLeftOut, String other, String ownCoder,
                          int addedToOwnLayer, List<String> codersRenamed) {

    public MergeReport {
        coders = List.copyOf(coders);
        codersRenamed = List.copyOf(codersRenamed);
        codesCreated = List.copyOf(codesCreated);
        unmatchedDocuments = List.copyOf(unmatchedDocuments);
    }

    /** A merge that added nothing to this project's own coder's layer. */
    public MergeReport(int passagesAdded, int alreadyPresent, List<String> coders, List<String> codesCreated,
                       List<String> unmatchedDocuments, int passagesLeftOut, String other) {
        this(passagesAdded, alreadyPresent, coders, codesCreated, unmatchedDocuments, passagesLeftOut, other, null, 0,
                List.of());
    }

    /** What the CLI prints and the window shows. */
    public List<String> summary() {
        List<String> lines = new java.util.ArrayList<>();
        lines.add(Counted.of(passagesAdded, "passage") + " added (" + Counted.grouped(alreadyPresent) + " already present) for "
                + (coders.isEmpty() ? "no coder" : String.join(", ", coders)));
        if (!codesCreated.isEmpty()) {
            lines.add("codes created: " + String.join(", ", codesCreated));
        }
        lines.addAll(codersRenamed);
        if (addedToOwnLayer > 0) {
            // A second coder who opens the copy codes as the coder it names, the first coder, until they switch: their
            // passages then came in as the first coder's own, mixed into that layer without a word.
            lines.add(Counted.of(addedToOwnLayer, "passage") + " of " + other + " went into " + ownCoder
                    + "'s own layer, the coder this project records your work under: if a second coder made "
                    + (addedToOwnLayer == 1 ? "it" : "them") + ", they coded as " + ownCoder + ", not under their own"
                    + " name (Edit → Switch coder… before coding); undo the merge (Ctrl+Z, or parallax restore, which"
                    + " lists the backup taken before it), and have them code under their own name");
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
