package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
