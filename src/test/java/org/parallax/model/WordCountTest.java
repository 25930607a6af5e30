package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Word counts behind rates per 10,000 words. */
class WordCountTest {
    /** Letters and digits of both kinds, the joining marks, spaces and punctuation, and a character beyond 16 bits. */
    private static final String ALPHABET = "aZz09AM '-\u2019.,;:!?()\n\téЖж–—\u00a0_" + "\ud835\udc00";

    @Test
    void countsRunsOfLettersAndDigitsKeepingInnerApostrophesAndHyphens() {
        assertThat(WordCount.of("NATO's well-known 2+2 summit -- ended.")).isEqualTo(6);
        assertThat(WordCount.of("Совет Россия–НАТО создан в 2002 году.")).isEqualTo(7);
        assertThat(WordCount.of("  \n ")).isZero();
    }

    @Test
    void countsAsTheDefinitionDoesOverEveryKindOfCharacter() {
        Random random = new Random(20_261_205L);
        int[] codePoints = ALPHABET.codePoints().toArray();
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
            }
            assertThat(WordCount.of(text.toString())).as(text.toString()).isEqualTo(byDefinition(text.toString()));
        }
    }

    /** The definition, character by character through Java's Unicode tables. */
    private static long byDefinition(String text) {
        int[] cps = text.codePoints().toArray();
        long words = 0;
        boolean inWord = false;
        for (int i = 0; i < cps.length; i++) {
            boolean joins = (cps[i] == '\'' || cps[i] == '\u2019' || cps[i] == '-') && i + 1 < cps.length
                    && Character.isLetterOrDigit(cps[i + 1]);
            boolean wordChar = Character.isLetterOrDigit(cps[i]) || inWord && joins;
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }
}
