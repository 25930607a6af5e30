package org.parallax.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A passage's first words, as a finding names it: cut after six words, never inside a character, never made up. */
class PassageWordsTest {
    private static final String TEXT = "NATO and Russia met in Rome.\nSanctions were named after the talks had failed.";

    @Test
    void aLongPassageIsCutAfterItsFirstWordsAndLineBreaksReadAsSpaces() {
        assertThat(PassageWords.of(TEXT, 16, TEXT.length())).isEqualTo("met in Rome. Sanctions were named…");
        assertThat(PassageWords.of(TEXT, 0, 4)).isEqualTo("NATO");
    }

    @Test
    void offsetsOutsideTheTextOrSplittingACharacterGiveNoWords() {
        String flag = "NATO 🇺🇦 and Russia";
        assertThat(PassageWords.of(TEXT, 20, 400)).isEmpty();
        assertThat(PassageWords.of(TEXT, -1, 4)).isEmpty();
        assertThat(PassageWords.of(flag, 6, 9)).isEmpty();
        assertThat(PassageWords.passage(3, "document “Flag”", flag, 5, 400)).isEqualTo("passage 3 in document “Flag”");
    }

    @Test
    void aPassageOfOneLongWordIsCutBetweenCharactersNotInsideOne() {
        String emoji = "a" + "😀".repeat(30);
        String words = PassageWords.of(emoji, 0, emoji.length());
        assertThat(words).endsWith("…").hasSize(48);
        assertThat(Character.isHighSurrogate(words.charAt(words.length() - 2))).isFalse();
    }
}
