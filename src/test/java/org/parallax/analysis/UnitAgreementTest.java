package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parallax.analysis.CharacterAgreementTest.segment;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;

/** Alpha over paragraphs of a real text layout, counted by hand. */
class UnitAgreementTest {
    // No blank line, so every line is a paragraph (docs/analysis.md); the indent keeps the offsets round.
    private static final String TEXT = "First paragraph.\nSecond paragraph.\n Third paragraph.\nFourth.";
    private static final long X = 1;
    private static final long Y = 2;
    private static final long ANA = 10;
    private static final long BEN = 20;

    private final List<TextUnit> paragraphs = UnitSplitter.split(UnitSplitter.Kind.PARAGRAPH, 7, TEXT, Locale.ENGLISH);

    @Test
    void presentOrAbsentPerParagraph() {
        // Ana codes X in paragraphs 1 and 2 (one segment across the line break), Ben in 2 and 3.
        List<Segment> segments = List.of(segment(1, 7, 5, 22, X, ANA), segment(2, 7, 20, 25, X, BEN),
                segment(3, 7, 38, 43, X, BEN));

        var all = UnitAgreement.compute(segments, paragraphs, List.of(ANA, BEN), List.of(X), false);
        var coded = UnitAgreement.compute(segments, paragraphs, List.of(ANA, BEN), List.of(X), true);

        assertThat(all.offeredUnits()).isEqualTo(4);
        assertThat(all.codes().get(0).alpha().alpha()).isCloseTo(0.125, within(1e-12));
        assertThat(all.codes().get(0).alpha().units()).isEqualTo(4);
        // Without the paragraph nobody coded: o11 = 2, o10 = o01 = 2, n = 6; alpha = 1 - (4/6) / (16/30).
        assertThat(coded.codes().get(0).alpha().alpha()).isCloseTo(-0.25, within(1e-12));
        assertThat(coded.codes().get(0).alpha().units()).isEqualTo(3);
    }

    /**
     * Which coders count as present for a code: every coder with a passage of any code in the document (also
     * a code outside the statistic), and no coder without one. Cat coded only Y, so for X she gives 0 in every
     * paragraph; Dan coded only another document, so he gives no values here.
     */
    @Test
    void aCoderIsPresentForACodeWhenTheyCodedTheDocumentWithAnyCode() {
        long cat = 30;
        long dan = 40;
        List<Segment> segments = List.of(segment(1, 7, 0, 5, X, ANA), segment(2, 7, 17, 20, X, ANA),
                segment(3, 7, 0, 5, X, BEN), segment(4, 7, 38, 43, X, BEN),
                segment(5, 7, 53, 57, Y, cat), segment(6, 8, 0, 5, X, dan));
        int m = KrippendorffAlpha.MISSING;
        int[][] expected = {{1, 1, 0, m}, {1, 0, 0, m}, {0, 1, 0, m}, {0, 0, 0, m}};

        var alpha = UnitAgreement.compute(segments, paragraphs, List.of(ANA, BEN, cat, dan), List.of(X), false)
                .codes().get(0).alpha();
        var byCharacter = CharacterAgreement.compute(segments, java.util.Map.of(7L, TEXT.length()),
                List.of(ANA, BEN, cat, dan), List.of(X), false).codes().get(0).alpha();

        assertThat(alpha.pairableValues()).isEqualTo(12);
        assertThat(alpha.alpha()).isCloseTo(KrippendorffAlpha.nominal(expected).alpha(), within(1e-12));
        // Per character, the same three coders give a value for each of the text's characters.
        assertThat(byCharacter.pairableValues()).isEqualTo(3L * TEXT.length());
    }

    @Test
    void whichCodeTreatsTheSetOfCodesAsTheCategory() {
        // Paragraph 1: both X. Paragraph 2: Ana X, Ben Y. Paragraph 3: both X and Y. Paragraph 4: nothing.
        List<Segment> segments = List.of(segment(1, 7, 0, 5, X, ANA), segment(2, 7, 0, 5, X, BEN),
                segment(3, 7, 17, 20, X, ANA), segment(4, 7, 17, 20, Y, BEN),
                segment(5, 7, 36, 40, X, ANA), segment(6, 7, 36, 40, Y, ANA),
                segment(7, 7, 36, 40, X, BEN), segment(8, 7, 38, 45, Y, BEN));

        var result = UnitAgreement.compute(segments, paragraphs, List.of(ANA, BEN), List.of(X, Y), false);

        int[][] expected = {{1, 1}, {1, 2}, {3, 3}, {0, 0}};
        assertThat(result.whichCode().alpha()).isCloseTo(KrippendorffAlpha.nominal(expected).alpha(), within(1e-12));
        assertThat(result.whichCode().units()).isEqualTo(4);
    }

    @Test
    void aCoderWithoutSegmentsInTheDocumentIsMissing() {
        List<Segment> segments = List.of(segment(1, 7, 0, 5, X, ANA));

        var result = UnitAgreement.compute(segments, paragraphs, List.of(ANA, BEN), List.of(X), false);

        assertThat(result.codes().get(0).alpha().units()).isZero();
        assertThat(result.codes().get(0).alpha().alpha()).isNaN();
    }
}
