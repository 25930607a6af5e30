package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parallax.analysis.TextUnits.Scope;
import org.parallax.model.TextRange;

class TextUnitsTest {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static String resource(String name) throws IOException {
        try (InputStream in = TextUnitsTest.class.getResourceAsStream("/search/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String munich() throws IOException {
        return resource("2007-02-10_putin_munich_security_conference_speech_en.txt");
    }

    private static String cut(String text, TextRange range) {
        return text.substring(range.start(), range.end());
    }

    @Test
    void sentenceSpansHardLineBreaksButStopsAtFullStops() throws IOException {
        String text = munich();
        int offset = text.indexOf("economic security and");

        assertThat(cut(text, TextUnits.sentenceAt(text, offset, Locale.ENGLISH))).isEqualTo(
                "It involves the stability of the global economy, overcoming\n"
                        + "poverty, economic security and developing a dialogue between civilisations.");
        assertThat(cut(text, TextUnits.sentenceAt(text, text.indexOf("only a conference"), Locale.ENGLISH)))
                .isEqualTo("After all, this is only a conference.");
    }

    @Test
    void paragraphIsABlockBetweenBlankLines() throws IOException {
        String text = munich();
        TextRange paragraph = TextUnits.paragraphAt(text, text.indexOf("economic security and"));

        assertThat(cut(text, paragraph)).startsWith("Therefore. It is well known")
                .endsWith("a dialogue between civilisations.").doesNotContain("\n\n");
        assertThat(text.substring(paragraph.end(), paragraph.end() + 2)).isEqualTo("\n\n");
    }

    @Test
    void textsWithoutBlankLinesUseLineBreaksAsParagraphs() {
        String text = "First line one. Still one.\nSecond paragraph here.\r\nThird.";

        assertThat(cut(text, TextUnits.paragraphAt(text, text.indexOf("paragraph")))).isEqualTo("Second paragraph here.");
        assertThat(cut(text, TextUnits.paragraphAt(text, text.length()))).isEqualTo("Third.");
    }

    @Test
    void sentenceStaysInsideItsParagraph() {
        String text = "*East Room*\n\n1:43 P.M. EST\n\nTHE PRESIDENT:  Sorry to keep you waiting.  Good afternoon.";

        assertThat(cut(text, TextUnits.sentenceAt(text, 3, Locale.ENGLISH))).isEqualTo("*East Room*");
        assertThat(cut(text, TextUnits.sentenceAt(text, text.indexOf("keep"), Locale.ENGLISH)))
                .isEqualTo("THE PRESIDENT:  Sorry to keep you waiting.");
    }

    @Test
    void russianSentencesAreFound() throws IOException {
        String text = resource("2007-02-10_putin_munich_speech_and_discussion_ru.txt");
        TextRange sentence = TextUnits.sentenceAt(text, text.indexOf("под угрозой"), RUSSIAN);

        assertThat(cut(text, sentence)).startsWith("Как сказал еще в первые дни")
                .endsWith("мир повсюду оказывается в опасности и под угрозой».");
    }

    @Test
    void expandMergesHitsOfTheSameUnit() throws IOException {
        String text = munich();
        int security1 = text.indexOf("international security comprises");
        int security2 = text.indexOf("economic security and");
        int stability = text.indexOf("stability of the global");
        List<TextRange> hits = List.of(new TextRange(security2, security2 + 17), new TextRange(security1, security1 + 22),
                new TextRange(stability, stability + 9), new TextRange(security2, security2 + 17));

        List<TextRange> sentences = TextUnits.expand(text, hits, Scope.SENTENCE, Locale.ENGLISH);
        List<TextRange> paragraphs = TextUnits.expand(text, hits, Scope.PARAGRAPH, Locale.ENGLISH);
        List<TextRange> asIs = TextUnits.expand(text, hits, Scope.HIT, Locale.ENGLISH);

        assertThat(sentences).hasSize(2);
        assertThat(cut(text, sentences.get(0))).startsWith("It is well known").endsWith("political stability.");
        assertThat(cut(text, sentences.get(1))).startsWith("It involves");
        assertThat(paragraphs).singleElement().extracting(p -> cut(text, p).substring(0, 10)).isEqualTo("Therefore.");
        assertThat(asIs).hasSize(3).isSorted();
    }

    @Test
    void hitSpanningTwoSentencesCoversBoth() {
        String text = "One two. Three four. Five.";
        TextRange hit = new TextRange(text.indexOf("two"), text.indexOf("Three") + 5);

        assertThat(TextUnits.expand(text, List.of(hit), Scope.SENTENCE, Locale.ENGLISH))
                .containsExactly(new TextRange(0, text.indexOf(" Five")));
    }
}
