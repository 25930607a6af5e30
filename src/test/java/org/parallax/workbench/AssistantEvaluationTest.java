package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.workbench.AssistantEvaluation.CodeFigures;

/** The warning under the assistant's figures counts in words, like every other report line. */
class AssistantEvaluationTest {
    @Test
    void theWarningCountsTheCodesWithFewExamplesInWords() {
        CodeFigures few = new CodeFigures("Threat", 3, 3, null);
        CodeFigures enough = new CodeFigures("Balance", 40, 40, null);

        assertThat(evaluation(List.of(enough)).warning()).isEmpty();
        assertThat(evaluation(List.of(few, enough)).warning()).contains("Warning: 1 code has fewer than 10 coded "
                + "passages; its figures rest on too few examples to trust.");
        assertThat(evaluation(List.of(few, few, enough)).warning()).contains("Warning: 2 codes have fewer than 10 "
                + "coded passages; their figures rest on too few examples to trust.");
    }

    private static AssistantEvaluation evaluation(List<CodeFigures> codes) {
        return new AssistantEvaluation(null, "analyst", 4, 2, codes, null, List.of());
    }
}
