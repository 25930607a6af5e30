package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.TestProjects;

/**
 * Deleting a code in blind mode deletes every layer's passages of it, the hidden ones too: the count the question gives
 * is every layer's, and how many of them blind mode hides is counted apart so the question can say so. In a file the
 * blind coder is the active coder; on the server a lead in blind mode, who reads every layer but is shown their own.
 */
class BlindDeleteCountTest {
    @TempDir
    Path dir;

    @BothBackends
    void theHiddenPassagesOfACodeAreCountedApartAndTheDeleteTakesThemAsAsked(Backend backend) {
        Path sample = dir.resolve("sample.parallax");
        SampleProject.build(TestProjects.SAMPLES, sample);
        try (Workbench wb = backend.codingAs(backend.from(sample), "second-coder")) {
            long code = wb.codebook().code("Balance of power").id();
            int all = wb.codebook().passageCount(code);
            long own = wb.coding().segments().stream().filter(s -> s.codeId() == code
                    && s.coderId() == wb.activeCoder().id()).count();
            assertThat(own).isPositive().isLessThan(all);
            assertThat(wb.codebook().hiddenPassageCount(code)).as("blind mode off: nothing hidden").isZero();

            wb.setBlindMode(true);
            assertThat(wb.codebook().passageCount(code)).isEqualTo(all);
            assertThat(wb.codebook().hiddenPassageCount(code)).isEqualTo(all - (int) own);

            wb.codebook().deleteCode(code, all);
            wb.setBlindMode(false);
            assertThat(wb.coding().segments()).noneMatch(s -> s.codeId() == code);
        }
    }
}
