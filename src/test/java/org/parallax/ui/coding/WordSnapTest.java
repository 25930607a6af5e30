package org.parallax.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Snapping a selection to whole words also keeps quotation marks and brackets in pairs: a quoted phrase coded from its
 * opening mark to its last word kept the opening «, „ or ( and lost the closing one, and quotes of it read unbalanced.
 */
class WordSnapTest {
    private static String snapped(String text, String selected) {
        int start = text.indexOf(selected);
        int[] span = WordSnap.snap(text, start, start + selected.length());
        return text.substring(span[0], span[1]);
    }

    @Test
    void aQuotedPhraseSelectedWithoutItsClosingMarkGetsIt() {
        String text = "чтобы избежать «излишнего политеса» в разговоре";
        assertThat(snapped(text, "избежать «излишнего полит")).isEqualTo("избежать «излишнего политеса»");
        assertThat(snapped(text, "«излишнего политеса")).isEqualTo("«излишнего политеса»");
        assertThat(snapped("the „new thinking“ of 1987", "„new think")).isEqualTo("„new thinking“");
        assertThat(snapped("a \"common home\" for all", "\"common home")).isEqualTo("\"common home\"");
        assertThat(snapped("NATO (the Alliance) grew", "(the Allia")).isEqualTo("(the Alliance)");
    }

    @Test
    void aClosingMarkWhoseOpeningWasLeftOutGetsItToo() {
        assertThat(snapped("a \"common home\" for all", "mon home\"")).isEqualTo("\"common home\"");
        assertThat(snapped("избежать «излишнего политеса» в", "шнего политеса»")).isEqualTo("«излишнего политеса»");
    }

    @Test
    void marksAlreadyInPairsOrOutsideTheSelectionAreLeftAlone() {
        assertThat(snapped("he said «no» and «yes» twice", "no» and «yes")).isEqualTo("«no» and «yes»");
        assertThat(snapped("he said «no» and left", "said «no» and")).isEqualTo("said «no» and");
        assertThat(snapped("the balance of power shifts", "alance of pow")).isEqualTo("balance of power");
        assertThat(snapped("it's a \"real\" risk", "it's a")).isEqualTo("it's a");
    }
}
