package org.parallax.model;

/**
 * What one evidence item tests for one hypothesis: certainty P(E|H), P(E|not H) as the prior-weighted average of the
 * rivals' likelihoods (range midpoints), and the van Evera test type they imply.
 */
public record HypothesisTest(Hypothesis hypothesis, double certainty, double notH, TestType type) {
}
