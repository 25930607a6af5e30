package org.parallax.ui.coding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DisplayLinesTest {

    @Test
    void aTextOfOrdinaryParagraphsIsShownAsItIs() {
        String text = "First paragraph. " + "word ".repeat(700) + "\nSecond.\n\nThird.";
        assertThat(DisplayLines.of(text).shown()).isSameAs(text);
    }

    @Test
    void aLongParagraphIsBrokenInPlaceOfSpacesSoEveryOffsetStays() {
        String text = "Sentence number one is here. ".repeat(20_000) + "\nEnd.";
        String shown = DisplayLines.of(text).shown();

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
        String shown = DisplayLines.of(text).shown();

        assertThat(shown.replace('\n', ' ')).isEqualTo(text);
        assertThat(Arrays.stream(shown.split("\n")).mapToInt(String::length).max().orElseThrow())
                .isLessThanOrEqualTo(DisplayLines.MAX_PARAGRAPH + 1);
    }

    @Test
    void aRunWithoutWhitespaceIsBrokenBetweenCodePointsAndOffsetsConvertBothWays() {
        // A base64 blob with a character outside the BMP (two UTF-16 units) at every possible break.
        String blob = "QUJD\uD83D\uDE00".repeat(5_000);
        String text = "Attachment: " + blob + "\nAfter.";
        DisplayLines lines = DisplayLines.of(text);
        String shown = lines.shown();

        assertThat(Arrays.stream(shown.split("\n")).mapToInt(String::length).max().orElseThrow())
                .isLessThanOrEqualTo(DisplayLines.MAX_PARAGRAPH + 1);
        assertThat(shown.length()).isGreaterThan(text.length());
        assertThat(shown.replace("\n", "")).isEqualTo(text.replace(" ", "").replace("\n", ""));
        for (int i = 0; i < text.length(); i++) {
            int at = lines.toShown(i);
            assertThat(lines.toStored(at)).as("offset %d", i).isEqualTo(i);
            char expected = text.charAt(i);
            assertThat(shown.charAt(at)).as("character %d", i).isEqualTo(expected == ' ' ? shown.charAt(at) : expected);
        }
        for (int i = 0; i < shown.length(); i++) {
            assertThat(Character.isLowSurrogate(shown.charAt(i)) && !Character.isHighSurrogate(shown.charAt(i - 1)))
                    .as("a surrogate pair split at %d", i).isFalse();
        }
        assertThat(lines.storedBetween(0, shown.length())).isEqualTo(text);
        assertThat(lines.storedBetween(lines.toShown(9_000), lines.toShown(17_000))).isEqualTo(text.substring(9_000,
                17_000));
    }

    @Test
    void aTextWithoutLongRunsConvertsNothing() {
        String text = "word ".repeat(10_000);
        DisplayLines lines = DisplayLines.of(text);

        assertThat(lines.toShown(12_345)).isEqualTo(12_345);
        assertThat(lines.toStored(12_345)).isEqualTo(12_345);
        assertThat(lines.storedBetween(5, 20)).isEqualTo(text.substring(5, 20));
    }
}
