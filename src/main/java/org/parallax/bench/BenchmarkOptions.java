package org.parallax.bench;

import java.nio.file.Path;

/**
 * The size of one benchmark run: the synthetic corpus, the codebook, the passages, how often the
 * repeated steps run, where the temporary folder goes (null: the system temp folder), and whether the
 * coding assistant is timed (off by default: at full size its run step does not yet finish in minutes,
 * docs/performance.md, and the other figures should not wait for it).
 */
public record BenchmarkOptions(int documents, int documentBytes, int segments, int codes, int scenarios,
                               int repetitions, Path workFolder, long seed, boolean assistant) {

    public BenchmarkOptions {
        require(documents >= 1, "documents must be at least 1");
        require(documentBytes >= 1_000, "document size must be at least 1000 bytes");
        require(segments >= 1, "segments must be at least 1");
        require(codes >= 2, "codes must be at least 2 (one per frame)");
        require(scenarios >= 1, "scenarios must be at least 1");
        require(repetitions >= 1, "repetitions must be at least 1");
    }

    /** The benchmark: 1,000 documents of ~50 KB, 200,000 passages, 20 codes, 5 scenarios. */
    public static BenchmarkOptions defaults() {
        return new BenchmarkOptions(1_000, 50_000, 200_000, 20, 5, 30, null, 20_260_101L, false);
    }

    public BenchmarkOptions withSize(int newDocuments, int newDocumentBytes, int newSegments) {
        return new BenchmarkOptions(newDocuments, newDocumentBytes, newSegments, codes, scenarios, repetitions,
                workFolder, seed, assistant);
    }

    public BenchmarkOptions withRepetitions(int newRepetitions) {
        return new BenchmarkOptions(documents, documentBytes, segments, codes, scenarios, newRepetitions,
                workFolder, seed, assistant);
    }

    public BenchmarkOptions withWorkFolder(Path folder) {
        return new BenchmarkOptions(documents, documentBytes, segments, codes, scenarios, repetitions, folder,
                seed, assistant);
    }

    public BenchmarkOptions withAssistant(boolean timeAssistant) {
        return new BenchmarkOptions(documents, documentBytes, segments, codes, scenarios, repetitions, workFolder,
                seed, timeAssistant);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("Benchmark options: " + message);
        }
    }
}
