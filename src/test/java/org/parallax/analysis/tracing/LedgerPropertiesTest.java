package org.parallax.analysis.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.parallax.model.Evidence;
import org.parallax.model.HypothesisSet;
import org.parallax.model.Likelihood;
import org.parallax.model.Ledger;

/** The ledger against a direct product of priors and likelihoods, for random sets and evidence with ranges. */
class LedgerPropertiesTest {
    private static final double EPS = 1e-9;

    @Property(tries = 300)
    void posteriorsEqualTheDirectProductAndSumToOne(@ForAll long seed, @ForAll @IntRange(min = 2, max = 5) int n,
                                                    @ForAll @IntRange(min = 0, max = 12) int items) {
        Case c = new Case(seed, n, items);
        Ledger ledger = LedgerCalculation.compute(c.set, c.evidence);
        double[] direct = c.direct(c.pick(Pick.MID, -1));
        double[] posterior = ledger.finalPosterior();
        assertThat(posterior).containsExactly(direct, within(EPS));
        assertThat(java.util.Arrays.stream(posterior).sum()).isCloseTo(1, within(EPS));
    }

    @Property(tries = 300)
    void boundsAreReachedAtTheRangeEndsAndHoldEveryChoiceInside(@ForAll long seed,
            @ForAll @IntRange(min = 2, max = 5) int n, @ForAll @IntRange(min = 1, max = 8) int items) {
        Case c = new Case(seed, n, items);
        Ledger ledger = LedgerCalculation.compute(c.set, c.evidence);
        for (int i = 0; i < n; i++) {
            assertThat(ledger.finalLow()[i]).isCloseTo(c.direct(c.pick(Pick.LOW_FOR, i))[i], within(EPS));
            assertThat(ledger.finalHigh()[i]).isCloseTo(c.direct(c.pick(Pick.HIGH_FOR, i))[i], within(EPS));
        }
        for (int trial = 0; trial < 20; trial++) {
            double[] inside = c.direct(c.pick(Pick.RANDOM, -1));
            for (int i = 0; i < n; i++) {
                assertThat(inside[i]).isBetween(ledger.finalLow()[i] - EPS, ledger.finalHigh()[i] + EPS);
            }
        }
    }

    @Property(tries = 100)
    void theFinalPosteriorDoesNotDependOnTheDates(@ForAll long seed, @ForAll @IntRange(min = 2, max = 4) int n) {
        Case c = new Case(seed, n, 6);
        List<Evidence> redated = new ArrayList<>();
        Random random = new Random(seed + 1);
        for (Evidence e : c.evidence) {
            redated.add(new Evidence(e.id(), e.setId(), e.description(), e.note(),
                    java.time.LocalDate.of(1990 + random.nextInt(30), 1, 1), null, e.likelihoods(), e.passages()));
        }
        assertThat(LedgerCalculation.compute(c.set, redated).finalPosterior())
                .containsExactly(LedgerCalculation.compute(c.set, c.evidence).finalPosterior(), within(EPS));
    }

    private enum Pick { MID, LOW_FOR, HIGH_FOR, RANDOM }

    /** A random set and evidence (likelihoods kept above 0 so no case is a contradiction), and Bayes' rule directly. */
    private static final class Case {
        final HypothesisSet set;
        final List<Evidence> evidence = new ArrayList<>();
        final Random random;

        Case(long seed, int n, int items) {
            random = new Random(seed);
            double[] priors = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                priors[i] = 0.05 + random.nextDouble();
                sum += priors[i];
            }
            double used = 0;
            for (int i = 0; i < n - 1; i++) {
                priors[i] /= sum;
                used += priors[i];
            }
            priors[n - 1] = 1 - used;
            set = TracingFixtures.set(priors);
            for (int k = 0; k < items; k++) {
                Likelihood[] ls = new Likelihood[n];
                for (int i = 0; i < n; i++) {
                    double a = 0.01 + 0.98 * random.nextDouble();
                    double b = random.nextBoolean() ? a : 0.01 + 0.98 * random.nextDouble();
                    ls[i] = new Likelihood(Math.min(a, b), Math.max(a, b));
                }
                evidence.add(TracingFixtures.evidence(k + 1, "2000-01-" + String.format("%02d", k + 1), null, ls));
            }
        }

        /** Likelihood choices per item and hypothesis. */
        double[][] pick(Pick how, int target) {
            int n = set.hypotheses().size();
            double[][] chosen = new double[evidence.size()][n];
            for (int k = 0; k < evidence.size(); k++) {
                for (int i = 0; i < n; i++) {
                    Likelihood l = evidence.get(k).likelihood(set.hypotheses().get(i));
                    chosen[k][i] = switch (how) {
                        case MID -> l.point();
                        case LOW_FOR -> i == target ? l.low() : l.high();
                        case HIGH_FOR -> i == target ? l.high() : l.low();
                        case RANDOM -> l.low() + random.nextDouble() * (l.high() - l.low());
                    };
                }
            }
            return chosen;
        }

        /** prior × Π likelihoods, normalised once at the end. */
        double[] direct(double[][] chosen) {
            int n = set.hypotheses().size();
            double[] p = new double[n];
            double sum = 0;
            for (int i = 0; i < n; i++) {
                p[i] = set.hypotheses().get(i).prior();
                for (double[] item : chosen) {
                    p[i] *= item[i];
                }
                sum += p[i];
            }
            for (int i = 0; i < n; i++) {
                p[i] /= sum;
            }
            return p;
        }
    }
}
