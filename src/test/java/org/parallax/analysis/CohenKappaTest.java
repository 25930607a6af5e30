package org.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Cohen's kappa against the textbook two-rater example (p_o = 0.70, p_e = 0.50, kappa = 0.40). */
class CohenKappaTest {

    @Test
    void textbookExampleWithSeventyPercentAgreementAndFiftyPercentChance() {
        // 100 units: each rater says yes to 50, they agree on 35 yes and 35 no.
        CohenKappa table = new CohenKappa(35, 15, 15, 35);

        assertThat(table.units()).isEqualTo(100);
        assertThat(table.percentAgreement()).isCloseTo(0.70, within(1e-12));
        assertThat(table.chanceAgreement()).isCloseTo(0.50, within(1e-12));
        assertThat(table.kappa()).isCloseTo(0.40, within(1e-12));
    }

    @Test
    void unbalancedMarginalsChangeChanceAgreement() {
        // p_o = 0.85; p_yes = 0.2 and 0.25: p_e = 0.05 + 0.6 = 0.65; kappa = 0.2 / 0.35.
        CohenKappa table = new CohenKappa(15, 5, 10, 70);

        assertThat(table.chanceAgreement()).isCloseTo(0.65, within(1e-12));
        assertThat(table.kappa()).isCloseTo(0.2 / 0.35, within(1e-12));
    }

    @Test
    void emptyTableHasNoKappaAndSingleCategoryAgreementCountsAsPerfect() {
        assertThat(new CohenKappa(0, 0, 0, 0).kappa()).isNaN();
        assertThat(new CohenKappa(0, 0, 0, 40).kappa()).isEqualTo(1.0);
    }
}
