package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class OffsetsTest {
    // "Угроза 🚀 NATO": Cyrillic letters are one UTF-16 unit each, the rocket emoji is two.
    private static final String TEXT = "Угроза 🚀 NATO";

    @Test
    void cyrillicLettersAreOneUnitAndOneCodePoint() {
        assertThat(TEXT.indexOf("Угроза")).isZero();
        assertThat(Offsets.toCodePoints(TEXT, 6)).isEqualTo(6);
    }

    @Test
    void emojiCountsTwoUtf16UnitsButOneCodePoint() {
        int nato = TEXT.indexOf("NATO");
        assertThat(nato).isEqualTo(10);
        assertThat(Offsets.toCodePoints(TEXT, nato)).isEqualTo(9);
        assertThat(Offsets.fromCodePoints(TEXT, 9)).isEqualTo(nato);
        assertThat(TEXT.substring(Offsets.fromCodePoints(TEXT, 9))).isEqualTo("NATO");
    }

    @Test
    void conversionsRoundTripAtEveryCodePointBoundary() {
        int codePoints = TEXT.codePointCount(0, TEXT.length());
        for (int cp = 0; cp <= codePoints; cp++) {
            assertThat(Offsets.toCodePoints(TEXT, Offsets.fromCodePoints(TEXT, cp))).isEqualTo(cp);
        }
    }

    /**
     * Many indexes converted at once give what each converted alone gives, in any order and repeated: across emoji
     * (two units), a lone high and a lone low surrogate, a BOM, and indexes that cut a pair in two.
     */
    @Test
    void manyIndexesAtOnceCountAsEachAlone() {
        String piece = "\uFEFFУгроза \uD83D\uDE80 NATO \uD83D x\uDE80 \uD800\uDC00\uD83C\uDFF3\uFE0F\n";
        String text = piece.repeat(40) + "\uD83D\uDE80";
        Random random = new Random(18);
        int[] indexes = new int[3 * (text.length() + 1)];
        for (int i = 0; i < indexes.length; i++) {
            indexes[i] = i <= text.length() ? i : random.nextInt(text.length() + 1);
        }
        for (int i = indexes.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = indexes[i];
            indexes[i] = indexes[j];
            indexes[j] = swap;
        }

        int[] codePoints = Offsets.toCodePoints(text, indexes);

        assertThat(codePoints).hasSameSizeAs(indexes);
        for (int i = 0; i < indexes.length; i++) {
            assertThat(codePoints[i]).as("index %d", indexes[i]).isEqualTo(Offsets.toCodePoints(text, indexes[i]));
        }
        assertThat(Offsets.toCodePoints(text, new int[0])).isEmpty();
        assertThatThrownBy(() -> Offsets.toCodePoints(text, new int[] {3, text.length() + 1}))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Offsets.toCodePoints(text, new int[] {-1})).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void rejectsOffsetsOutsideTheText() {
        assertThatThrownBy(() -> Offsets.toCodePoints(TEXT, TEXT.length() + 1))
                .isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Offsets.fromCodePoints(TEXT, 100)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(Offsets.isValidRange(5, 2, 2)).isFalse();
        assertThat(Offsets.isValidRange(5, 0, 5)).isTrue();
        assertThat(Offsets.isValidRange(5, 0, 6)).isFalse();
    }
}
