package org.parallax.analysis.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.parallax.analysis.tracing.TracingFixtures.evidence;
import static org.parallax.analysis.tracing.TracingFixtures.range;
import static org.parallax.analysis.tracing.TracingFixtures.set;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Likelihood;
import org.parallax.model.ParallaxException;
import org.parallax.model.Ledger;
import org.parallax.model.LedgerStep;

/** Hand-worked ledgers (the arithmetic is written out in each test) against the calculation. */
class LedgerCalculationTest {
    private static final double EPS = 1e-12;

    @Test
    void threeHypothesesFollowBayesRuleItemByItem() {
        // priors .5 .3 .2; E1 = (.8 .4 .1) -> .40 .12 .02 / .54; E2 = (.3 .6 .5) -> .12 .072 .01 / .202
        Ledger ledger = LedgerCalculation.compute(set(0.5, 0.3, 0.2),
                List.of(evidence(1, "2001-01-01", 0.8, 0.4, 0.1), evidence(2, "2002-01-01", 0.3, 0.6, 0.5)));
        assertThat(ledger.steps().get(0).posterior()).containsExactly(new double[] {0.40 / 0.54, 0.12 / 0.54,
                0.02 / 0.54}, within(EPS));
        assertThat(ledger.finalPosterior()).containsExactly(new double[] {0.12 / 0.202, 0.072 / 0.202, 0.01 / 0.202},
                within(EPS));
        // P(E1|not H1) = (.3*.4 + .2*.1) / .5 = .28, so LR = .8/.28 and the posterior odds are 1 * LR.
        LedgerStep first = ledger.steps().get(0);
        assertThat(first.likelihoodRatio()[0]).isCloseTo(0.8 / 0.28, within(EPS));
        assertThat(first.decibels()[0]).isCloseTo(10 * Math.log10(0.8 / 0.28), within(EPS));
        double odds = first.posterior()[0] / (1 - first.posterior()[0]);
        assertThat(odds).isCloseTo(first.likelihoodRatio()[0], within(1e-9));
        // E2's LR for H1 weighs the rivals by their posteriors after E1: (.12*.6 + .02*.5) / .14
        assertThat(ledger.steps().get(1).likelihoodRatio()[0]).isCloseTo(0.3 / ((0.12 * 0.6 + 0.02 * 0.5) / 0.14),
                within(EPS));
    }

    @Test
    void rangesGiveExactBoundsFromTheRangeEnds() {
        // priors .5 .5; E1: H1 .6-.8, H2 .2-.4 -> H1 low .6/(.6+.4) = .6, high .8/(.8+.2) = .8, point .7/(.7+.3)
        // E2: H1 .5, H2 .25-.5 -> H1 low .3/(.3+.4*.5) = .6, high .4/(.4+.2*.25) = .4/.45
        Ledger ledger = LedgerCalculation.compute(set(0.5, 0.5), List.of(
                evidence(1, "2001-01-01", null, range(0.6, 0.8), range(0.2, 0.4)),
                evidence(2, "2002-01-01", null, Likelihood.of(0.5), range(0.25, 0.5))));
        LedgerStep first = ledger.steps().get(0);
        assertThat(first.posterior()[0]).isCloseTo(0.7, within(EPS));
        assertThat(first.low()).containsExactly(new double[] {0.6, 0.2}, within(EPS));
        assertThat(first.high()).containsExactly(new double[] {0.8, 0.4}, within(EPS));
        assertThat(ledger.finalLow()[0]).isCloseTo(0.6, within(EPS));
        assertThat(ledger.finalHigh()[0]).isCloseTo(0.4 / 0.45, within(EPS));
        // point: mids .7,.3 then .5,.375 -> .35 / (.35 + .1125)
        assertThat(ledger.finalPosterior()[0]).isCloseTo(0.35 / (0.35 + 0.1125), within(EPS));
    }

    @Test
    void aDependencyGroupCountsOnceWithItsFirstItemsLikelihoods() {
        // Two speeches of one source repeating itself (.9 vs .3) count once: .45/(.45+.15) = .75, not .9.
        Ledger ledger = LedgerCalculation.compute(set(0.5, 0.5), List.of(
                evidence(7, "2008-02-01", "Putin speeches", Likelihood.of(0.6), Likelihood.of(0.6)),
                evidence(3, "2007-02-10", "Putin speeches", Likelihood.of(0.9), Likelihood.of(0.3)),
                evidence(5, "2010-01-01", 0.5, 0.5)));
        assertThat(ledger.steps()).extracting(s -> s.evidence().id()).containsExactly(3L, 7L, 5L);
        assertThat(ledger.steps().get(1).countedWith()).isEqualTo(3L);
        assertThat(ledger.steps().get(1).shift()).isZero();
        assertThat(ledger.finalPosterior()[0]).isCloseTo(0.75, within(EPS));
        assertThat(ledger.byInfluence()).extracting(s -> s.evidence().id()).containsExactly(3L, 5L);
    }

    @Test
    void evidenceImpossibleUnderAHypothesisEliminatesIt() {
        // priors .4 .4 .2; E: (0 .5 .5) -> 0, .2/.3, .1/.3; a later item cannot bring H1 back.
        Ledger ledger = LedgerCalculation.compute(set(0.4, 0.4, 0.2), List.of(
                evidence(1, "2001-01-01", 0, 0.5, 0.5), evidence(2, "2002-01-01", 0.99, 0.01, 0.01)));
        LedgerStep first = ledger.steps().get(0);
        assertThat(first.posterior()).containsExactly(new double[] {0, 2.0 / 3, 1.0 / 3}, within(EPS));
        assertThat(first.likelihoodRatio()[0]).isZero();
        assertThat(first.decibels()[0]).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(ledger.finalPosterior()[0]).isZero();
        assertThat(ledger.finalPosterior()[1] + ledger.finalPosterior()[2]).isCloseTo(1, within(EPS));
    }

    @Test
    void evidenceContradictingEveryHypothesisIsFlaggedNotDividedByZero() {
        Ledger ledger = LedgerCalculation.compute(set(0.5, 0.5), List.of(
                evidence(1, "2001-01-01", 0, 0.5), evidence(2, "2002-01-01", 0.5, 0)));
        assertThat(ledger.steps().get(0).contradiction()).isFalse();
        assertThat(ledger.steps().get(1).contradiction()).isTrue();
    }

    @Test
    void itemsAreOrderedByDateWithUndatedLast() {
        Ledger ledger = LedgerCalculation.compute(set(0.5, 0.5), List.of(evidence(1, null, 0.5, 0.5),
                evidence(2, "2014-03-18", 0.5, 0.5), evidence(3, "1997-05-27", 0.5, 0.5),
                evidence(4, "2014-03-18", 0.5, 0.5)));
        assertThat(ledger.steps()).extracting(s -> s.evidence().id()).containsExactly(3L, 2L, 4L, 1L);
    }

    @Test
    void priorsThatDoNotSumToOneAreRefusedInWords() {
        assertThatThrownBy(() -> LedgerCalculation.compute(set(0.5, 0.3), List.of()))
                .isInstanceOf(ParallaxException.class).hasMessageContaining("sum to 0.8000, not 1");
        assertThatThrownBy(() -> LedgerCalculation.compute(set(1.0), List.of()))
                .isInstanceOf(ParallaxException.class).hasMessageContaining("at least two hypotheses");
    }

    @Test
    void noEvidenceLeavesThePriors() {
        assertThat(LedgerCalculation.compute(set(0.25, 0.75), List.of()).finalPosterior())
                .containsExactly(0.25, 0.75);
    }
}
