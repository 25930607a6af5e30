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

/**
 * The passages' quotes: a copy holds a few megabytes at most and says how many passages it left out; a list's quote,
 * cut at 400 characters, never between the two halves of a character.
 */
class PassageQuotesTest {
    @TempDir
    Path dir;
    private UiFixture fixture;

    @AfterEach
    void close() {
        fixture.close();
    }

    @Test
    void passagesPastTheBudgetAreLeftOutAndCounted() {
        fixture = UiFixture.open(dir);
        Workbench wb = fixture.workbench();
        Document document = wb.documents().list().get(0);
        long code = fixture.code("Balance of power").id();
        List<Segment> passages = List.of(wb.coding().code(document.id(), 0, 100, code, null),
                wb.coding().code(document.id(), 100, 200, code, null),
                wb.coding().code(document.id(), 200, 300, code, null),
                wb.coding().code(document.id(), 300, 400, code, null));
        List<PassageRow> rows = PassageRows.load(wb, passages);
        String text = wb.documents().text(document.id());

        String whole = PassageQuotes.of(wb, rows, PassageQuotes.MOST_CHARACTERS);
        // Room for the first two quotes with their sources, and 50 characters of the third's.
        String cut = PassageQuotes.of(wb, rows, whole.indexOf(text.substring(200, 300)) + 50);

        assertThat(whole).contains(text.substring(300, 400)).doesNotContain("not copied");
        assertThat(cut).as("the first two quotes with their sources")
                .contains(text.substring(0, 100), text.substring(100, 200)).doesNotContain(text.substring(200, 300))
                .endsWith("[2 more passages not copied: a copy holds a few megabytes; File → Export → Passages CSV… "
                        + "has them all]");
        assertThat(PassageQuotes.of(wb, rows.subList(0, 1), 10)).as("one passage is copied whatever its length")
                .contains(text.substring(0, 100)).doesNotContain("not copied");
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
