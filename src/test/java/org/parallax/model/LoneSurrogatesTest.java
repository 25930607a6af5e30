package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LoneSurrogatesTest {
    private static final String EMOJI = "\uD83D\uDE00";

    @Test
    void aTextOfWholeCharactersHasNoneAndStaysTheSameString() {
        String text = "Founding Act " + EMOJI + " ends";
        assertThat(LoneSurrogates.first(text)).isEmpty();
        assertThat(LoneSurrogates.replaced(text)).isSameAs(text);
        assertThat(LoneSurrogates.first("")).isEmpty();
    }

    @Test
    void eachHalfIsFoundAndReplacedUnitForUnitWherePairsStay() {
        // A high half at the end, a low half first, a high half before another high half that starts a pair.
        String text = "\uDE00a" + EMOJI + "b\uD83D" + EMOJI + "c\uD83D";
        assertThat(LoneSurrogates.first(text)).hasValue(0);
        assertThat(LoneSurrogates.first(text.substring(1))).hasValue(4);
        assertThat(LoneSurrogates.replaced(text)).isEqualTo("\uFFFDa" + EMOJI + "b\uFFFD" + EMOJI + "c\uFFFD")
                .hasSameSizeAs(text);
    }
}
