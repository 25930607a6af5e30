package org.parallax.analysis.tracing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.parallax.analysis.tracing.TracingFixtures.evidence;
import static org.parallax.analysis.tracing.TracingFixtures.set;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.parallax.model.Likelihood;
import org.parallax.model.ParallaxException;
import org.parallax.model.TestType;
import org.parallax.model.TestThresholds;
import org.parallax.model.HypothesisTest;

/** Van Evera's test types at and around the thresholds, and the verbal scale. */
class TestTypeTest {
    private static final TestThresholds T = TestThresholds.DEFAULT;

    @Test
    void labelsAtAndAroundEachThreshold() {
        assertThat(TestType.of(0.8, 0.5, T)).isEqualTo(TestType.HOOP);
        assertThat(TestType.of(0.7999, 0.5, T)).isEqualTo(TestType.STRAW_IN_THE_WIND);
        assertThat(TestType.of(0.5, 0.2, T)).isEqualTo(TestType.SMOKING_GUN);
        assertThat(TestType.of(0.5, 0.2001, T)).isEqualTo(TestType.STRAW_IN_THE_WIND);
        assertThat(TestType.of(0.8, 0.2, T)).isEqualTo(TestType.DOUBLY_DECISIVE);
        assertThat(TestType.of(0.95, Double.NaN, T)).isEqualTo(TestType.HOOP);
    }

    @Test
    void editedThresholdsMoveTheLabels() {
        TestThresholds strict = TestThresholds.parse("certainty=0.95; uniqueness=0.05");
        assertThat(TestType.of(0.9, 0.5, strict)).isEqualTo(TestType.STRAW_IN_THE_WIND);
        assertThat(TestType.of(0.95, 0.05, strict)).isEqualTo(TestType.DOUBLY_DECISIVE);
        assertThat(TestThresholds.parse(strict.format())).isEqualTo(strict);
        assertThatThrownBy(() -> TestThresholds.parse("certainty=2")).isInstanceOf(ParallaxException.class);
    }

    @Test
    void uniquenessIsThePriorWeightedAverageOverTheRivals() {
        // priors .5 .3 .2; P(E|H) = (.9 .1 .35): not H1 = (.3*.1 + .2*.35)/.5 = .2 -> doubly decisive for H1;
        // not H2 = (.5*.9 + .2*.35)/.7 = .742857 -> straw for H2.
        List<HypothesisTest> tests = HypothesisTests.of(set(0.5, 0.3, 0.2), evidence(1, null, 0.9, 0.1, 0.35), T);
        assertThat(tests.get(0).notH()).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(tests.get(0).type()).isEqualTo(TestType.DOUBLY_DECISIVE);
        assertThat(tests.get(1).notH()).isCloseTo(0.52 / 0.7, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(tests.get(1).type()).isEqualTo(TestType.STRAW_IN_THE_WIND);
        assertThat(TestType.HOOP.ifFailed()).contains("nearly eliminates");
        assertThat(TestType.SMOKING_GUN.ifPassed()).contains("nearly confirms");
    }

    @Test
    void verbalScaleReadsWordsNumbersAndRanges() {
        VerbalScale scale = VerbalScale.DEFAULT;
        assertThat(scale.likelihood("likely")).isEqualTo(Likelihood.of(0.65));
        assertThat(scale.likelihood(" Very  Unlikely ")).isEqualTo(Likelihood.of(0.2));
        assertThat(scale.likelihood("0.2:0.4")).isEqualTo(new Likelihood(0.2, 0.4));
        assertThat(scale.likelihood("unlikely:even")).isEqualTo(new Likelihood(0.35, 0.5));
        assertThatThrownBy(() -> scale.likelihood("probably")).hasMessageContaining("almost certain, very likely");
        assertThatThrownBy(() -> scale.likelihood("1.2")).hasMessageContaining("between 0 and 1");
        assertThatThrownBy(() -> scale.likelihood("0.6:0.4")).hasMessageContaining("from low to high");
        VerbalScale edited = VerbalScale.parse("likely=0.7; even=0.5");
        assertThat(edited.likelihood("likely").low()).isEqualTo(0.7);
        assertThat(VerbalScale.parse(scale.format()).terms()).isEqualTo(scale.terms());
    }
}
