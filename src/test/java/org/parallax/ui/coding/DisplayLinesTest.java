package org.parallax.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DisplayLinesTest {

    @Test
    void aTextOfOrdinaryParagraphsIsShownAsItIs() {
        String text = "First paragraph. " + "word ".repeat(700) + "\nSecond.\n\nThird.";
        assertThat(DisplayLines.of(text)).isSameAs(text);
    }

    @Test
    void aLongParagraphIsBrokenInPlaceOfSpacesSoEveryOffsetStays() {
        String text = "Sentence number one is here. ".repeat(20_000) + "\nEnd.";
        String shown = DisplayLines.of(text);

        assertThat(shown).hasSameSizeAs(text);
        for (int i = 0; i < text.length(); i++) {
            if (shown.charAt(i) != text.charAt(i)) {
                assertThat(text.charAt(i)).as("character %d", i).isEqualTo(' ');
                assertThat(shown.charAt(i)).isEqualTo('\n');
                assertThat(text.charAt(i - 1)).as("a break follows a sentence's end").isEqualTo('.');
            }
        }
        assertThat(Arrays.stream(shown.split("\n")).mapToInt(String::length).max().orElseThrow())
                .isLessThanOrEqualTo(DisplayLines.MAX_PARAGRAPH + 1);
        assertThat(shown.split("\n")).hasSizeGreaterThan(100);
    }

    @Test
    void withoutSentencesTheLastSpaceBeforeTheLimitIsTaken() {
        String text = "word ".repeat(10_000);
        String shown = DisplayLines.of(text);

        assertThat(shown.replace('\n', ' ')).isEqualTo(text);
        assertThat(Arrays.stream(shown.split("\n")).mapToInt(String::length).max().orElseThrow())
                .isLessThanOrEqualTo(DisplayLines.MAX_PARAGRAPH + 1);
    }
}
