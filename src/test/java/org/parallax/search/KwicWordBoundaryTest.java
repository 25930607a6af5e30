package org.parallax.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.parallax.model.Offsets;
import org.parallax.model.TextRange;

/**
 * A hit's context was cut at a number of characters, so it began and ended in the middle of words ("ies shall refrain
 * … or use of fo"); it now begins and ends at a word's edge, in any script, the hit whole and its offsets as stored.
 */
class KwicWordBoundaryTest {
    private static final String ENGLISH = "The parties shall refrain from the threat or use of force against each other.";
    private static final String RUSSIAN = "Стороны воздерживаются от угрозы силой или её применения друг против друга.";

    private static KwicLine line(String text, String hit, int context) {
        int start = text.indexOf(hit);
        return Kwic.line(1, "t", null, null, text, new TextRange(start, start + hit.length()), context);
    }

    @Test
    void contextBeginsAndEndsAtAWordsEdge() {
        KwicLine line = line(ENGLISH, "threat", 22);

        assertThat(line.left()).isEqualTo(" refrain from the ");
        assertThat(line.hit()).isEqualTo("threat");
        assertThat(line.right()).isEqualTo(" or use of force ");
        assertThat(line.start()).isEqualTo(ENGLISH.indexOf("threat"));
    }

    @Test
    void russianContextIsCutBetweenWordsToo() {
        KwicLine line = line(RUSSIAN, "угрозы", 12);

        assertThat(line.left()).isEqualTo(" от ");
        assertThat(line.hit()).isEqualTo("угрозы");
        assertThat(line.right()).isEqualTo(" силой или ");
    }

    /** A word cut apart by a decomposed letter's mark (и + U+0306 for й) is still one word. */
    @Test
    void aCombiningMarkBelongsToItsWord() {
        String text = "Стороны не приня\u0306ли угрозы всерьёз.";

        KwicLine line = line(text, "угрозы", 4);

        assertThat(line.left()).isEqualTo(" ");
        assertThat(line.right()).isEqualTo(" ");
        assertThat(line(text, "угрозы", 5).right()).isEqualTo(" ");
    }

    @Test
    void everyContextLengthCutsAtAWordsEdgeAndKeepsTheHitWhole() {
        String text = "Заявление 🙂🇺🇦 — угрозой назвали расширение. The threat 😀 was discussed; threats followed.";
        for (String hit : new String[] {"угрозой", "threat", "was", "threats"}) {
            int start = text.indexOf(hit);
            for (int context = 0; context <= text.length(); context++) {
                KwicLine line = line(text, hit, context);
                int from = start - line.left().length();
                int to = start + hit.length() + line.right().length();

                assertThat(line.hit()).isEqualTo(hit);
                assertThat(text.substring(from, start)).isEqualTo(line.left());
                assertThat(text.substring(start + hit.length(), to)).isEqualTo(line.right());
                assertThat(from == 0 || !Character.isLetterOrDigit(text.codePointBefore(from))
                        || !Character.isLetterOrDigit(text.codePointAt(from))).as(hit + " " + context).isTrue();
                assertThat(to == text.length() || !Character.isLetterOrDigit(text.codePointBefore(to))
                        || !Character.isLetterOrDigit(text.codePointAt(to))).as(hit + " " + context).isTrue();
                assertThat(Offsets.splitsCodePoint(text, from) || Offsets.splitsCodePoint(text, to)).isFalse();
            }
        }
    }

    /** Scripts written without spaces (Chinese, Japanese) can be cut between any two characters. */
    @Test
    void textWithoutSpacesKeepsItsContext() {
        String text = "北大西洋条約機構とロシアの協力は停止された";

        KwicLine line = line(text, "ロシア", 3);

        assertThat(line.left()).isEqualTo("機構と");
        assertThat(line.right()).isEqualTo("の協力");
    }
}
