package org.parallax.ui.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.ExpectationOverlay.Status;
import org.parallax.ui.table1.Table1Row;
import org.parallax.ui.table1.Table1ViewModel;

/** The expectation overlay of Table 1 on the sample project, against the template of docs/domain.md. */
class Table1ExpectationsTest {
    private static final int PARTNERSHIP = 0;
    private static final int DIALOGUE = 1;
    private static final int DISBANDING = 2;
    private static final int NO_SCENARIO = 3;

    @TempDir
    static Path dir;
    private static SampleAnalysis sample;
    private static Table1ViewModel table1;

    @BeforeAll
    static void openSample() {
        sample = SampleAnalysis.open(dir);
        table1 = sample.main.table1();
    }

    @AfterAll
    static void close() {
        sample.main.close();
    }

    @Test
    void expectedAndObservedCellsShowWhereAFrameExplains() {
        assertThat(status("Balance of power", DIALOGUE)).isEqualTo(Status.EXPECTED_OBSERVED);
        assertThat(status("Seeking a common language and community", DIALOGUE)).isEqualTo(Status.EXPECTED_OBSERVED);
        assertThat(status("Convergence of interests", PARTNERSHIP)).isEqualTo(Status.EXPECTED_OBSERVED);
        assertThat(status("Realism", DISBANDING)).isEqualTo(Status.EXPECTED_OBSERVED);
    }

    @Test
    void evidenceAgainstTheExpectationIsUnexpected() {
        assertThat(status("Balance of power", DISBANDING)).isEqualTo(Status.UNEXPECTED);
        assertThat(status("Seeking a common language and community", DISBANDING)).isEqualTo(Status.UNEXPECTED);
    }

    @Test
    void expectedButEmptyAndNeutralCells() {
        assertThat(status("Balance of power", PARTNERSHIP)).isEqualTo(Status.EXPECTED_EMPTY);
        assertThat(status("Convergence of norms", PARTNERSHIP)).isEqualTo(Status.EXPECTED_EMPTY);
        assertThat(status("Divergence in norms and values", PARTNERSHIP)).isEqualTo(Status.NEUTRAL);
        assertThat(status("Balance of power", NO_SCENARIO)).isEqualTo(Status.NEUTRAL);
        assertThat(status("Balance of power", NO_SCENARIO + 1)).as("the Total column").isEqualTo(Status.NEUTRAL);
    }

    @Test
    void theToggleStartsOff() {
        assertThat(table1.showExpectationsProperty().get()).isFalse();
    }

    private static Status status(String row, int column) {
        int index = table1.rows().stream().filter(r -> r.label().equals(row)).findFirst().map(Table1Row::index)
                .orElseThrow();
        return table1.status(index, column);
    }
}
