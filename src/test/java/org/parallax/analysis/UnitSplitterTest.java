package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Paragraph, sentence and speaker-turn ranges on small texts. */
class UnitSplitterTest {

    @Test
    void paragraphsAreNonBlankLinesTrimmed() {
        String text = "Title\n\n  First line. Second.\n \nLast";

        assertThat(texts(text, UnitSplitter.paragraphs(1, text))).containsExactly("Title", "First line. Second.", "Last");
    }

    @Test
    void sentencesStayInsideTheirParagraph() {
        String text = "Heading\nThe Council met. It agreed on a plan.";

        assertThat(texts(text, UnitSplitter.sentences(1, text, Locale.ENGLISH)))
                .containsExactly("Heading", "The Council met.", "It agreed on a plan.");
    }

    @Test
    void turnsStartAtSpeakerLabels() {
        String text = "Transcript\nPutin: Good afternoon.\nWe will see.\nQuestion: Why now?\n";

        assertThat(texts(text, UnitSplitter.turns(1, text)))
                .containsExactly("Transcript", "Putin: Good afternoon.\nWe will see.", "Question: Why now?");
    }

    private static List<String> texts(String text, List<TextUnit> units) {
        return units.stream().map(u -> text.substring(u.start(), u.end())).toList();
    }
}
