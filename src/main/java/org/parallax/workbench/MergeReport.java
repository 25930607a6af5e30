package org.parallax.workbench;

import java.util.List;

/**
 * The outcome of merging another project's coding: passages added per coder layer, codes that had to be
 * created, passages already present, and documents of the other project with no match by content.
 */
public record MergeReport(int passagesAdded, int alreadyPresent, List<String> coders, List<String> codesCreated,
                          List<String> unmatchedDocuments) {

    public MergeReport {
        coders = List.copyOf(coders);
        codesCreated = List.copyOf(codesCreated);
        unmatchedDocuments = List.copyOf(unmatchedDocuments);
    }
}
