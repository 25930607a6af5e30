package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parallax.analysis.CodingFixture.*;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;

/** Overlap and paragraph co-occurrence on the hand-counted {@link CodingFixture}. */
class CoOccurrenceTest {
    private static final List<Long> CODES = List.of(BALANCE, THREAT, NORMS, DIVERGENCE);
    /** The fixture's passages as one coder's: its pairs are Ana's and Ben's, which count only within one coder. */
    private static final List<Segment> ONE_CODER = SEGMENTS.stream().map(s -> new Segment(s.id(), s.documentId(),
            s.start(), s.end(), s.codeId(), ANA, s.memo(), s.created())).toList();

    @Test
    void overlapCountsPassagePairsAndJaccardOverCharacters() {
        CoOccurrence co = CoOccurrence.overlaps(CODEBOOK, ONE_CODER, CODES);

        assertThat(co.count(0, 1)).isEqualTo(1);
        assertThat(co.count(1, 3)).isEqualTo(1);
        assertThat(co.count(0, 2)).isZero();
        assertThat(co.units(0)).isEqualTo(130);
        assertThat(co.count(1, 1)).isEqualTo(130);
        assertThat(co.jaccard(0, 1)).isCloseTo(50.0 / 210, within(1e-12));
        assertThat(co.jaccard(1, 3)).isCloseTo(30.0 / 180, within(1e-12));
        assertThat(co.jaccard(2, 2)).isEqualTo(1.0);
        assertThat(co.pairs()).extracting(CoOccurrence.Pair::first, CoOccurrence.Pair::second).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Balance of power", "Perception of threatening behavior"),
                org.assertj.core.groups.Tuple.tuple("Perception of threatening behavior",
                        "Divergence in norms and values"));
    }

    @Test
    void paragraphCountsParagraphsHoldingBothCodes() {
        CoOccurrence co = CoOccurrence.paragraphs(CODEBOOK, ONE_CODER, CODES, TEXTS::get);

        assertThat(List.of(co.units(0), co.units(1), co.units(2), co.units(3))).containsExactly(3L, 4L, 3L, 2L);
        assertThat(co.count(0, 1)).isEqualTo(2);
        assertThat(co.count(0, 2)).isEqualTo(1);
        assertThat(co.count(0, 3)).isZero();
        assertThat(co.count(1, 2)).isEqualTo(2);
        assertThat(co.count(1, 3)).isEqualTo(1);
        assertThat(co.count(2, 3)).isEqualTo(1);
        assertThat(co.jaccard(0, 1)).isCloseTo(0.4, within(1e-12));
        assertThat(co.jaccard(0, 2)).isCloseTo(0.2, within(1e-12));
        assertThat(co.jaccard(2, 3)).isCloseTo(0.25, within(1e-12));
    }

    /**
     * Ana's Balance of power and Ben's overlapping Perception of threatening behavior are two coders' readings of the
     * same words, not one passage given both codes: they were counted as a pair, by overlap and by paragraph alike.
     */
    @Test
    void twoCodersOverlappingPassagesAreNoPair() {
        List<Segment> passages = List.of(passage(1, 0, 60, BALANCE, ANA), passage(2, 20, 50, THREAT, BEN),
                passage(3, 100, 140, BALANCE, BEN), passage(4, 120, 160, THREAT, BEN));
        String text = "a".repeat(80) + "\n\n" + "b".repeat(100);

        CoOccurrence byOverlap = CoOccurrence.overlaps(CODEBOOK, passages, List.of(BALANCE, THREAT));
        CoOccurrence byParagraph = CoOccurrence.paragraphs(CODEBOOK, passages, List.of(BALANCE, THREAT), d -> text);

        assertThat(byOverlap.count(0, 1)).as("Ben's own pair only").isEqualTo(1);
        assertThat(byOverlap.jaccard(0, 1)).isCloseTo(20.0 / (100 + 70 - 20), within(1e-12));
        assertThat(byParagraph.count(0, 1)).as("the second paragraph, where Ben coded both").isEqualTo(1);
        assertThat(byParagraph.units(0)).as("Balance of power's paragraphs, once for each coder").isEqualTo(2);
        assertThat(CoOccurrence.passagesOf(CoOccurrence.Mode.OVERLAP, BALANCE, THREAT, passages, d -> text))
                .extracting(Segment::id).containsExactly(3L, 4L);
        assertThat(CoOccurrence.passagesOf(CoOccurrence.Mode.PARAGRAPH, BALANCE, THREAT, passages, d -> text))
                .extracting(Segment::id).containsExactly(3L, 4L);
    }

    private static Segment passage(long id, int start, int end, long code, long coder) {
        return new Segment(id, 1, start, end, code, coder, null, Instant.EPOCH);
    }

    @Test
    void allCodesWhenNoneAreChosen() {
        assertThat(CoOccurrence.overlaps(CODEBOOK, SEGMENTS, List.of()).codes()).hasSize(7);
    }
}
