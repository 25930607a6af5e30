package org.parallax.ui.codes;

import java.nio.file.Path;
import org.parallax.model.Segment;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.Workbench;

/**
 * The sample project with one pair of codes one coder gave overlapping passages: the sample's own overlaps are all the
 * analyst's and the second coder's readings of the same words, which are no pair.
 */
final class SampleWithOneCodersPair {
    private SampleWithOneCodersPair() {
    }

    /** Builds the sample at {@code project}, the analyst's first Balance of power passage coded Convergence of norms too. */
    static Path build(Path project) {
        SampleProject.build(Path.of("samples"), project);
        try (Workbench wb = Workbench.open(project)) {
            long balance = wb.codebook().code("Balance of power").id();
            long analyst = wb.activeCoder().id();
            Segment first = wb.analysis().passagesOfCode(balance).stream().filter(s -> s.coderId() == analyst)
                    .findFirst().orElseThrow();
            wb.coding().code(first.documentId(), first.start(), first.end(),
                    wb.codebook().code("Convergence of norms").id(), null);
        }
        return project;
    }
}
