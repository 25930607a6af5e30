package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Word counts behind rates per 10,000 words. */
class WordCountTest {

    @Test
    void countsRunsOfLettersAndDigitsKeepingInnerApostrophesAndHyphens() {
        assertThat(WordCount.of("NATO's well-known 2+2 summit -- ended.")).isEqualTo(6);
        assertThat(WordCount.of("Совет Россия–НАТО создан в 2002 году.")).isEqualTo(7);
        assertThat(WordCount.of("  \n ")).isZero();
    }
}
