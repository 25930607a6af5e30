package org.parallax.ui.analysis;

import java.util.List;
import org.parallax.analysis.MatrixSpec;
import org.parallax.analysis.MatrixValues;
import org.parallax.model.Code;
import org.parallax.workbench.Workbench;

/**
 * What the matrix builder asks for, captured on the UI thread: rows, columns in the command line's spelling
 * (scenario, actor, type, year, month, period, lang, attr:NAME, code), measure, percentage and filter.
 */
public record MatrixRequest(RowChoice rows, String columns, MatrixValues.Measure measure,
                            MatrixValues.Percentage percentage, AnalysisFilter.Choice filter) {

    /** Frames with their indicator codes (Table 1), or the indicator codes alone. */
    public enum RowChoice {
        FRAMES("Frames with their codes"), CODES("Codes");

        private final String label;

        RowChoice(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** The matrix spec, resolved against the project as `tally` resolves its options. */
    public MatrixSpec spec(Workbench wb) {
        List<Long> indicators = wb.codebook().current().codes().stream()
                .filter(c -> c.frameId() != null && !c.isScenarioCode()).map(Code::id).toList();
        MatrixSpec.Rows rowSpec = rows == RowChoice.FRAMES ? MatrixSpec.Rows.frames()
                : MatrixSpec.Rows.codes(indicators);
        return new MatrixSpec(rowSpec, wb.analysis().columns(columns, indicators), filter.toFilter(wb));
    }
}
