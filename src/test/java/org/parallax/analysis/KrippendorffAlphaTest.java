package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Alpha against Krippendorff's published worked example and small hand-computed cases. */
class KrippendorffAlphaTest {
    private static final int M = KrippendorffAlpha.MISSING;

    @Test
    void reproducesKrippendorffs2011NominalExampleWithFourCodersAndMissingValues() {
        // Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section C: units by coders A-D.
        int[] a = {1, 2, 3, 3, 2, 1, 4, 1, 2, M, M, M};
        int[] b = {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, M, 3};
        int[] c = {M, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, M};
        int[] d = {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, M};
        int[][] units = new int[12][];
        for (int u = 0; u < 12; u++) {
            units[u] = new int[] {a[u], b[u], c[u], d[u]};
        }

        KrippendorffAlpha.Result result = KrippendorffAlpha.nominal(units);

        assertThat(result.alpha()).isCloseTo(0.743, within(0.0005));
        assertThat(result.units()).isEqualTo(11);
        assertThat(result.pairableValues()).isEqualTo(40);
    }

    @Test
    void handComputedTwoCoderBinaryCase() {
        int[][] units = {{1, 0}, {1, 1}, {0, 1}, {0, 0}};

        // o11 = o00 = o10 = o01 = 2, n = 8: D_o = 4/8, D_e = 32/56, alpha = 1 - 0.875.
        assertThat(KrippendorffAlpha.nominal(units).alpha()).isCloseTo(0.125, within(1e-12));
    }

    @Test
    void perfectAgreementIsOneAndNoVariationIsUndefined() {
        assertThat(KrippendorffAlpha.nominal(new int[][] {{1, 1}, {2, 2}, {1, 1, M}}).alpha()).isEqualTo(1.0);
        KrippendorffAlpha.Result constant = KrippendorffAlpha.nominal(new int[][] {{1, 1}, {1, 1}});
        assertThat(constant.alpha()).isNaN();
        assertThat(constant.units()).isEqualTo(2);
    }

    @Test
    void unitsWithFewerThanTwoValuesAreNotPairable() {
        KrippendorffAlpha.Result result = KrippendorffAlpha.nominal(new int[][] {{1, M}, {M, M}, {1, 2}, {2, 2}});

        assertThat(result.units()).isEqualTo(2);
        assertThat(result.pairableValues()).isEqualTo(4);
    }
}
