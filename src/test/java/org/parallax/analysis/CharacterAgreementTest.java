package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parallax.model.Segment;

/** Character-level agreement on hand-made fixtures whose tables are counted by hand. */
class CharacterAgreementTest {
    private static final long X = 1;
    private static final long Y = 2;
    private static final long ANA = 10;
    private static final long BEN = 20;
    private static final long CAI = 30;

    // Document 1 (100 characters): Ana codes X on [0,30) and [25,40) (merged to [0,40)), Ben on [20,60);
    // Ana alone codes Y on [50,60).
    private static final List<Segment> SEGMENTS = List.of(
            segment(1, 1, 0, 30, X, ANA), segment(2, 1, 25, 40, X, ANA), segment(3, 1, 20, 60, X, BEN),
            segment(4, 1, 50, 60, Y, ANA));

    @Test
    void countsEveryCharacterOfTheDocumentsForEachPair() {
        var result = CharacterAgreement.compute(SEGMENTS, Map.of(1L, 100), List.of(ANA, BEN), List.of(X, Y), false);

        CohenKappa x = result.codes().get(0).pairs().get(0).table();
        assertThat(x).isEqualTo(new CohenKappa(20, 20, 20, 40));
        assertThat(x.percentAgreement()).isCloseTo(0.6, within(1e-12));
        // p_e = 0.4 * 0.4 + 0.6 * 0.6 = 0.52
        assertThat(x.kappa()).isCloseTo(0.08 / 0.48, within(1e-12));
        assertThat(result.codes().get(1).pairs().get(0).table()).isEqualTo(new CohenKappa(0, 10, 0, 90));
        assertThat(result.pooled().get(0).table()).isEqualTo(new CohenKappa(20, 30, 20, 130));
        assertThat(result.documents()).isEqualTo(1);
    }

    @Test
    void onlyCodedLeavesOutCharactersNeitherCoderCoded() {
        var result = CharacterAgreement.compute(SEGMENTS, Map.of(1L, 100), List.of(ANA, BEN), List.of(X), true);

        CohenKappa x = result.codes().get(0).pairs().get(0).table();
        assertThat(x).isEqualTo(new CohenKappa(20, 20, 20, 0));
        // p_o = 1/3, p_e = 4/9 + 1/9 = 5/9: kappa = (-2/9) / (4/9)
        assertThat(x.kappa()).isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void characterAlphaEqualsAlphaOverOneUnitPerCharacter() {
        var result = CharacterAgreement.compute(SEGMENTS, Map.of(1L, 100), List.of(ANA, BEN), List.of(X), false);

        int[][] perCharacter = new int[100][];
        for (int i = 0; i < 100; i++) {
            perCharacter[i] = new int[] {i < 40 ? 1 : 0, i >= 20 && i < 60 ? 1 : 0};
        }
        KrippendorffAlpha.Result alpha = result.codes().get(0).alpha();
        assertThat(alpha.alpha()).isCloseTo(KrippendorffAlpha.nominal(perCharacter).alpha(), within(1e-12));
        // By hand: o11 = 40, o00 = 80, o10 = o01 = 40; D_o = 0.4, D_e = 19200 / 39800.
        assertThat(alpha.alpha()).isCloseTo(1 - 0.4 / (19200.0 / 39800), within(1e-12));
        assertThat(alpha.units()).isEqualTo(100);
    }

    @Test
    void aCoderWhoCodedNothingInADocumentIsMissingForKappaAsForAlpha() {
        // Document 2 (50 characters): only Ana and Ben coded; Cai coded document 1 only.
        List<Segment> segments = List.of(segment(1, 1, 0, 10, X, ANA), segment(2, 1, 0, 10, X, BEN),
                segment(3, 1, 0, 10, X, CAI), segment(4, 2, 0, 50, X, ANA), segment(5, 2, 0, 50, X, BEN));

        var result = CharacterAgreement.compute(segments, Map.of(1L, 10, 2L, 50), List.of(ANA, BEN, CAI),
                List.of(X), false);

        var code = result.codes().get(0);
        assertThat(code.alpha().units()).isEqualTo(60);
        assertThat(code.alpha().pairableValues()).isEqualTo(10 * 3 + 50 * 2);
        // Ana and Cai, Ben and Cai: document 1 only, not Ana's 50 characters of document 2 as Cai's "not coded".
        assertThat(code.pairs()).extracting(p -> p.table().both()).containsExactly(60L, 10L, 10L);
        assertThat(code.pairs()).extracting(p -> p.table().units()).containsExactly(60L, 10L, 10L);
        assertThat(result.compared()).isEqualTo(2);
    }

    @Test
    void documentsNobodyOrOnlyOneCoderCodedChangeNoFigure() {
        // Document 1 as in SEGMENTS; Ana alone coded document 2 (1,000 characters), nobody document 3 (5,000).
        List<Segment> segments = new java.util.ArrayList<>(SEGMENTS);
        segments.add(segment(5, 2, 0, 100, X, ANA));

        var result = CharacterAgreement.compute(segments, Map.of(1L, 100, 2L, 1_000, 3L, 5_000), List.of(ANA, BEN),
                List.of(X, Y), false);

        // By hand, document 1 only: X both 20, Ana only 20, Ben only 20, neither 40; p_o = 0.6, p_e = 0.52.
        CohenKappa x = result.codes().get(0).pairs().get(0).table();
        assertThat(x).isEqualTo(new CohenKappa(20, 20, 20, 40));
        assertThat(x.kappa()).isCloseTo(0.08 / 0.48, within(1e-12));
        // Pooled with Y (0, 10, 0, 90): 200 units, p_o = 150/200, p_1 = 50/200, p_2 = 40/200.
        CohenKappa pooled = result.pooled().get(0).table();
        assertThat(pooled).isEqualTo(new CohenKappa(20, 30, 20, 130));
        double pe = 0.25 * 0.2 + 0.75 * 0.8;
        assertThat(pooled.kappa()).isCloseTo((0.75 - pe) / (1 - pe), within(1e-12));
        assertThat(result.documents()).isEqualTo(3);
        assertThat(result.compared()).isEqualTo(1);
    }

    @Test
    void segmentsOutsideTheChosenDocumentsCodersAndCodesAreIgnored() {
        List<Segment> segments = List.of(segment(1, 1, 0, 10, X, ANA), segment(2, 1, 0, 10, X, BEN),
                segment(3, 9, 0, 10, X, ANA), segment(4, 1, 50, 60, X, CAI), segment(5, 1, 70, 80, Y, BEN));

        var result = CharacterAgreement.compute(segments, Map.of(1L, 100), List.of(ANA, BEN), List.of(X), false);

        assertThat(result.codes().get(0).pairs().get(0).table()).isEqualTo(new CohenKappa(10, 0, 0, 90));
    }

    @Test
    void refusesFewerThanTwoCoders() {
        assertThatThrownBy(() -> CharacterAgreement.compute(SEGMENTS, Map.of(1L, 100), List.of(ANA, ANA),
                List.of(X), false)).hasMessageContaining("two different coders");
    }

    static Segment segment(long id, long document, int start, int end, long code, long coder) {
        return new Segment(id, document, start, end, code, coder, null, Instant.parse("2026-01-01T00:00:00Z"));
    }
}
