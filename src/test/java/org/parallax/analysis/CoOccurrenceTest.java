package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.parallax.analysis.CodingFixture.*;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Overlap and paragraph co-occurrence on the hand-counted {@link CodingFixture}. */
class CoOccurrenceTest {
    private static final List<Long> CODES = List.of(BALANCE, THREAT, NORMS, DIVERGENCE);

    @Test
    void overlapCountsPassagePairsAndJaccardOverCharacters() {
        CoOccurrence co = CoOccurrence.overlaps(CODEBOOK, SEGMENTS, CODES);

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
        CoOccurrence co = CoOccurrence.paragraphs(CODEBOOK, SEGMENTS, CODES, TEXTS::get);

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

    @Test
    void allCodesWhenNoneAreChosen() {
        assertThat(CoOccurrence.overlaps(CODEBOOK, SEGMENTS, List.of()).codes()).hasSize(7);
    }
}
