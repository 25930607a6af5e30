package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's selection line as the Report window and the report's first page show it. */
class ReportSelectionWordsTest {
    @Test
    void oneNameTakesTheSingularAndSeveralThePlural() {
        assertThat(new ReportSelection(null, null, null, null, List.of("second-coder"), null, null).describe())
                .isEqualTo("coder second-coder");
        assertThat(new ReportSelection(List.of("Realism"), null, null, List.of(3L, 4L),
                List.of("analyst", "second-coder"), null, null).describe())
                .isEqualTo("frame Realism; documents 3, 4; coders analyst, second-coder");
    }
}
