package org.parallax.analysis;

import java.util.Set;

/** One held-out unit in an evaluation: the codes the reference coder gave it and those predicted for it. */
public record UnitPrediction(int fold, TextUnit unit, Set<Long> expected, Set<Long> predicted) {
    public UnitPrediction {
        expected = Set.copyOf(expected);
        predicted = Set.copyOf(predicted);
    }
}
