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
        assertThat(LanguageGuess.of(text)).isEqualTo("und");
    }

    /** Each was "en" before, and had English stemming applied to it in the index. */
    @Test
    void aTextInAnotherScriptIsGuessedInThatScriptsLanguage() {
        assertThat(LanguageGuess.of("وقّع الوزراء المعاهدة في الاجتماع")).isEqualTo("ar");
        assertThat(LanguageGuess.of("הממשלה חתמה על ההסכם")).isEqualTo("he");
        assertThat(LanguageGuess.of("وزیر گفت که این پیمان برای صلح مهم است")).isEqualTo("fa");
        assertThat(LanguageGuess.of("وزیر اعظم نے کہا کہ یہ معاہدہ امن کے لیے اہم ہے")).isEqualTo("ur");
        assertThat(LanguageGuess.of("Η κυβέρνηση υπέγραψε τη συνθήκη")).isEqualTo("el");
        assertThat(LanguageGuess.of("政府签署了条约")).isEqualTo("zh");
        assertThat(LanguageGuess.of("政府は条約に署名した")).isEqualTo("ja");
        assertThat(LanguageGuess.of("정부가 조약에 서명했다")).isEqualTo("ko");
        assertThat(LanguageGuess.of("ሰላም ለሁሉም")).isEqualTo("und");
        assertThat(LanguageGuess.of("The treaty, المعاهدة, was signed in Vilnius by both parties")).isEqualTo("en");
    }

    @Test
    void anArabicTextQuotingAPersianNameStaysArabic() {
        String arabic = "قال الوزير إن الاتفاقية مهمة للسلام في المنطقة كلها. ".repeat(20);

        assertThat(LanguageGuess.of(arabic + "گلستان")).isEqualTo("ar");
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

    /** Every letter counted, the guess without stopping early (for the scripts the texts above are made of). */
    private static String plainCount(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        for (var script : List.of(Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.GREEK,
                Character.UnicodeScript.DESERET)) {
            long inScript = text.codePoints().filter(Character::isLetter)
                    .filter(cp -> Character.UnicodeScript.of(cp) == script).count();
            if (inScript * 2 > letters) {
                return switch (script) {
                    case CYRILLIC -> "ru";
                    case GREEK -> "el";
                    default -> "und";
                };
            }
        }
        return "en";
    }
}
