package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.Matrix;
import org.parallax.ui.UiFixture;
import org.parallax.ui.coding.HighlightRun;
import org.parallax.ui.coding.TextRange;

class BlindCodingTest {
    @TempDir
    Path dir;

    @Test
    void aSecondCoderInBlindModeSeesNoneOfTheFirstCodersPassages() throws Exception {
        try (UiFixture fixture = UiFixture.open(dir)) {
            MainViewModel main = fixture.main;
            Document kremlin = fixture.document("2005-06-24");
            main.documents().select(kremlin.id());
            main.document().selectionProperty().set(new TextRange(0, 30));
            main.document().codeWithShortcut(1);

            fixture.dialogs.textAnswers.add("second coder");
            main.coder().switchCoder();
            main.coder().blindProperty().set(true);

            assertThat(fixture.workbench().activeCoder().name()).isEqualTo("second coder");
            assertThat(main.status().coderProperty().get()).isEqualTo("Coder: second coder (blind)");
            assertThat(main.document().documentProperty().get().runs()).noneMatch(HighlightRun::isCoded);
            assertThat(main.passages().rows()).isEmpty();
            assertThat(main.documents().find(kremlin.id()).orElseThrow().passages()).isZero();
            assertThat(main.table1().cell("Balance of power", "No scenario")).isEqualTo(Matrix.Tally.ZERO);
            Path csv = dir.resolve("passages.csv");
            main.exchange().exportPassagesCsv(csv);
            assertThat(Files.readAllLines(csv)).as("the header only: her passages, none of the first coder's")
                    .hasSize(1);
            assertThat(main.status().lastResultProperty().get())
                    .isEqualTo("Passages written to " + csv + " (blind mode: only second coder's passages)");

            main.coder().blindProperty().set(false);
            assertThat(main.document().codeNamesAt(5)).containsExactly("Balance of power");
            assertThat(main.table1().cell("Balance of power", "No scenario")).isEqualTo(new Matrix.Tally(1, 1));
        }
    }
}
