package org.parallax.bench;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What one benchmark run measured, in step order, with the machine it ran on. */
public record BenchmarkResult(BenchmarkOptions options, List<Figure> figures, String machine, Instant finished) {

    public BenchmarkResult {
        figures = List.copyOf(figures);
    }

    public Optional<Figure> figure(String name) {
        return figures.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Whether every figure that has a target met it. */
    public boolean allTargetsMet() {
        return figures.stream().allMatch(Figure::met);
    }
}
