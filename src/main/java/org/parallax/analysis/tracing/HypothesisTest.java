package org.parallax.analysis.tracing;

import java.util.ArrayList;
import java.util.List;
import org.parallax.model.Evidence;
import org.parallax.model.Hypothesis;
import org.parallax.model.HypothesisSet;

/**
 * What one evidence item tests for one hypothesis: certainty P(E|H), P(E|not H) as the prior-weighted average of the
 * rivals' likelihoods (range midpoints), and the van Evera test type they imply.
 */
public record HypothesisTest(Hypothesis hypothesis, double certainty, double notH, TestType type) {

    /** One test per hypothesis of the set, in the set's order. */
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
