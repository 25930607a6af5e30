package org.parallax.ui.assistant;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.Workbench;

/**
 * The assistant's figures are an evaluation against one coder's passages. After Edit → Switch coder… (a blind second
 * coder, say) the tab went on showing the first coder's figures, passage counts per code included, under "coded by"
 * the first coder's name, and its suggestions could be turned on from them.
 */
class AssistantFiguresOfTheCoderTest {
    @TempDir
    Path dir;

    @Test
    void switchingCoderTakesTheOtherCodersEvaluationAway() throws Exception {
        try (UiFixture fixture = UiFixture.open(dir)) {
            Workbench wb = fixture.workbench();
            long[] codes = {fixture.code("Balance of power").id(), fixture.code("Convergence of norms").id()};
            for (Document document : wb.documents().list()) {
                String text = wb.documents().text(document.id());
                for (int start = 0, i = 0; start + 40 < text.length() && start < 2400; start += 300, i++) {
                    wb.coding().code(document.id(), start, start + 40, codes[i % 2], null);
                }
            }
            fixture.main.assistant().evaluate();
            assertThat(fixture.main.assistant().figures()).as(fixture.main.assistant().statusProperty().get())
                    .isNotEmpty();
            assertThat(fixture.main.assistant().evaluatedProperty().get()).isTrue();

            fixture.dialogs.textAnswers.add("second");
            fixture.main.coder().switchCoder();

            assertThat(wb.activeCoder().name()).isEqualTo("second");
            assertThat(fixture.main.assistant().figures()).isEmpty();
            assertThat(fixture.main.assistant().evaluatedProperty().get()).isFalse();
            assertThat(fixture.main.assistant().statusProperty().get())
                    .isEqualTo("Evaluate the assistant against your coding before turning its suggestions on.");
        }
    }
}
