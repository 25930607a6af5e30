package org.parallax.workbench;

import java.util.List;

/**
 * Two coders' passages compared over the {@code documents} both coded: how many matched (same code, overlap at least half
 * the union), the disagreements in document and text order, their pooled character-level kappa, and the agreement's
 * notes on it (codes one of them never applied, each with κ 0: {@link AgreementReport#notes()}).
 */
public record CoderComparison(String coderA, String coderB, int documents, int matched,
                              List<Disagreement> disagreements, double kappa, List<String> notes) {

    public CoderComparison {
        disagreements = List.copyOf(disagreements);
        notes = List.copyOf(notes);
    }

    public long count(Disagreement.Kind kind) {
        return disagreements.stream().filter(d -> d.kind() == kind).count();
    }
}
