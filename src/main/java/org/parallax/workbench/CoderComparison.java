package org.parallax.workbench;

import java.util.List;

/**
 * Two coders' passages compared over the {@code documents} both coded: how many matched (same code, overlap at least half
 * the union), the disagreements in document and text order, and their pooled character-level kappa.
 */
public record CoderComparison(String coderA, String coderB, int documents, int matched,
                              List<Disagreement> disagreements, double kappa) {

    public CoderComparison {
        disagreements = List.copyOf(disagreements);
    }

    public long count(Disagreement.Kind kind) {
        return disagreements.stream().filter(d -> d.kind() == kind).count();
    }
}
