package org.parallax.testutil;

import java.nio.file.Path;
import org.parallax.model.Matrix;
import org.parallax.workbench.Disagreement;
import org.parallax.workbench.Workbench;

/**
 * The sample's two coders (analyst, second-coder) with a consensus layer: Compare → Accept A on the first
 * disagreement whose analyst passage Table 1 counts, as a lead settles it in the window.
 */
public final class ConsensusFixture {
    private ConsensusFixture() {
    }

    /** The accepted passage, the frame and scenario of the Table 1 cell that counts it. */
    public record Accepted(long segmentId, String frame, String scenario) {
    }

    public static Accepted acceptA(Path project) {
        try (Workbench wb = Workbench.open(project)) {
            Matrix table1 = wb.analysis().table1();
            for (Disagreement d : wb.comparison().compare("analyst", "second-coder", null).disagreements()) {
                if (d.a() == null) {
                    continue;
                }
                long id = d.a().segment().id();
                for (int r = 0; r < table1.rows().size(); r++) {
                    Matrix.Row row = table1.rows().get(r);
                    if (row.kind() != Matrix.RowKind.CODE) {
                        continue;
                    }
                    for (int c = 0; c < table1.columns().size(); c++) {
                        for (long counted : table1.segmentIds(r, c)) {
                            if (counted == id) {
                                wb.comparison().accept(d, Disagreement.Side.A).orElseThrow();
                                return new Accepted(id, table1.rows().get(row.parent()).label(),
                                        table1.columns().get(c).label());
                            }
                        }
                    }
                }
            }
        }
        throw new AssertionError("The sample has no disagreement whose A side Table 1 counts");
    }
}
