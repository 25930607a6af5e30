package org.parallax.ui.analysis;

import java.util.List;
import java.util.Locale;
import org.parallax.analysis.SourceBalance;
import org.parallax.model.Matrix;

/** The source-balance warning in words: Table 1 cells where one actor supplies most of a frame's evidence. */
final class SourceBalanceText {
    /** Smaller cells are one or two passages and would always look one-sided, so they are left out. */
    static final int MIN_PASSAGES = 3;

    private SourceBalanceText() {
    }

    /** The imbalanced frame cells of at least {@link #MIN_PASSAGES} passages. */
    static List<SourceBalance.Cell> warnings(List<SourceBalance.Cell> cells, Matrix matrix) {
        return cells.stream().filter(c -> c.imbalanced() && c.passages() >= MIN_PASSAGES
                && matrix.rows().get(c.row()).parent() < 0).toList();
    }

    static String of(List<SourceBalance.Cell> warnings) {
        if (warnings.isEmpty()) {
            return "Source balance: no frame draws more than 75 % of its evidence in a scenario from one actor.";
        }
        StringBuilder text = new StringBuilder("Source balance — one actor supplies more than 75 % of a frame's "
                + "evidence (cells of " + MIN_PASSAGES + "+ passages): ");
        for (int i = 0; i < warnings.size(); i++) {
            SourceBalance.Cell c = warnings.get(i);
            text.append(i == 0 ? "" : "; ").append(c.rowLabel()).append(" × ").append(c.columnLabel()).append(": ")
                    .append(c.leadingActor()).append(' ').append(c.byActor().get(c.leadingActor())).append(" of ")
                    .append(c.passages()).append(String.format(Locale.ROOT, " (%.0f %%)", c.leadingShare() * 100));
        }
        return text.toString();
    }
}
