package org.parallax.analysis.tracing;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Evidence;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;
import org.parallax.model.HypothesisTest;
import org.parallax.model.TestThresholds;
import org.parallax.model.TestType;

/** Van Evera's test type of an evidence item for each hypothesis of its set. */
public final class HypothesisTests {
    private HypothesisTests() {
    }

    /**
     * One test per hypothesis, in the set's order: certainty = P(E|H) and P(E|not H) = the rivals' likelihoods
     * weighted by their priors (range midpoints throughout).
     */
    public static List<HypothesisTest> of(HypothesisSet set, Evidence evidence, TestThresholds thresholds) {
        List<Hypothesis> hs = set.hypotheses();
        List<HypothesisTest> tests = new ArrayList<>(hs.size());
        for (Hypothesis h : hs) {
            double weight = 0;
            double sum = 0;
            for (Hypothesis rival : hs) {
                if (rival != h) {
                    weight += rival.prior();
                    sum += rival.prior() * evidence.likelihood(rival).point();
                }
            }
            double certainty = evidence.likelihood(h).point();
            double notH = weight > 0 ? sum / weight : Double.NaN;
            tests.add(new HypothesisTest(h, certainty, notH, TestType.of(certainty, notH, thresholds)));
        }
        return tests;
    }
}
