package org.parallax.ui.passages;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Document;
import org.parallax.model.LoneSurrogates;
import org.parallax.model.Segment;
import org.parallax.ui.UiFixture;
import org.parallax.workbench.ImportRequest;
import org.parallax.workbench.TaskProgress;
import org.parallax.workbench.Workbench;

/** The passage lists' quotes, cut at 400 characters: never between the two halves of a character. */
class PassageRowsTest {
    @TempDir
    Path dir;
    private UiFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void aLongQuoteIsCutBeforeACharacterOutsideTheBasicPlaneNotInsideIt() throws Exception {
        fixture = UiFixture.open(dir);
        Workbench wb = fixture.workbench();
        // 399 letters, then emoji (two UTF-16 units each): the 400th unit is the first half of the first emoji.
        Path file = Files.writeString(dir.resolve("emoji.txt"), "a".repeat(399) + "😀".repeat(20) + " end of text");
        wb.documents().importFiles(ImportRequest.of(List.of(file)), TaskProgress.NONE);
        Document emoji = wb.documents().list().stream().filter(d -> d.title().startsWith("emoji")).findFirst()
                .orElseThrow();
        String text = wb.documents().text(emoji.id());
        Segment passage = wb.coding().code(emoji.id(), 0, text.length(), fixture.code("Balance of power").id(), null);

        String quote = PassageRows.load(wb, List.of(passage)).get(0).text();

        assertThat(LoneSurrogates.first(quote)).as("half a character in the quote").isEmpty();
        assertThat(quote).isEqualTo("a".repeat(399) + "…");
    }
}
