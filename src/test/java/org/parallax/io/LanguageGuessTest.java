package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The language guess stops counting early only where the rest of the text could not change its answer. */
class LanguageGuessTest {

    @Test
    void aTextIsRussianWhenMoreThanHalfOfItsLettersAreCyrillic() {
        assertThat(LanguageGuess.of("Внешняя политика России and NATO")).isEqualTo("ru");
        assertThat(LanguageGuess.of("NATO summit in Вильнюс")).isEqualTo("en");
        assertThat(LanguageGuess.of("")).isEqualTo("en");
        assertThat(LanguageGuess.of("1949, 2024 — …")).isEqualTo("en");
    }

    @Test
    void aLongEnglishOpeningDoesNotDecideARussianText() {
        String english = "The North Atlantic Treaty. ".repeat(400);
        String russian = "Концепция внешней политики Российской Федерации. ".repeat(500);

        assertThat(LanguageGuess.of(english + russian)).isEqualTo("ru");
        assertThat(LanguageGuess.of(russian + english.repeat(4))).isEqualTo("en");
    }

    @Test
    void aLetterBeyondTheBasicPlaneCountsOnceAcrossTheCountsSteps() {
        // U+10400 DESERET CAPITAL LETTER LONG I, a letter of two units; the pair straddles the 4,096th unit.
        String text = "а".repeat(4095) + "\uD801\uDC00".repeat(5000);

        assertThat(LanguageGuess.of(text)).isEqualTo(plainCount(text));
        assertThat(LanguageGuess.of(text)).isEqualTo("en");
    }

    @Property
    void theGuessEqualsCountingEveryLetter(@ForAll("texts") String text) {
        assertThat(LanguageGuess.of(text)).isEqualTo(plainCount(text));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> pieces = Arbitraries.of(List.of("word ", "слово ", "Ё", "x", " ", ", ", "\n", "\uD801\uDC00",
                "\uD801", "\uDC00", "é", "1984 ", "Ω"));
        return pieces.list().ofMaxSize(3_000).map(list -> String.join("", list));
    }

    /** Every letter counted, the guess as it was before counting stopped early. */
    private static String plainCount(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long cyrillic = text.codePoints().filter(Character::isLetter)
                .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.CYRILLIC).count();
        return letters > 0 && cyrillic * 2 > letters ? "ru" : "en";
    }
}
