package org.parallax.bench;

import java.nio.file.Path;
import org.parallax.model.AssistantMethod;

/**
 * The size of one benchmark run: the synthetic corpus, the codebook, the passages, how often the
 * repeated steps run, where the temporary folder goes (null: the system temp folder), and whether the
 * coding assistant is timed and with which method (null, the default: not timed; at full size its run step alone
 * takes about two minutes, docs/performance.md, and the other figures should not wait for it). {@code corpus}, when not null, is a folder
 * of the user's own files imported instead of the generated corpus (then {@code documents} and
 * {@code documentBytes} are not used).
 */
public record BenchmarkOptions(int documents, int documentBytes, int segments, int codes, int scenarios,
                               int repetitions, Path workFolder, long seed, AssistantMethod assistant,
                               Path corpus) {

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
        return new BenchmarkOptions(1_000, 50_000, 200_000, 20, 5, 30, null, 20_260_101L, null, null);
    }

    public BenchmarkOptions withSize(int newDocuments, int newDocumentBytes, int newSegments) {
        return new BenchmarkOptions(newDocuments, newDocumentBytes, newSegments, codes, scenarios, repetitions,
                workFolder, seed, assistant, corpus);
    }

    public BenchmarkOptions withRepetitions(int newRepetitions) {
        return new BenchmarkOptions(documents, documentBytes, segments, codes, scenarios, newRepetitions,
                workFolder, seed, assistant, corpus);
    }

    public BenchmarkOptions withWorkFolder(Path folder) {
        return new BenchmarkOptions(documents, documentBytes, segments, codes, scenarios, repetitions, folder,
                seed, assistant, corpus);
    }

    /** Times the assistant's default method (knn), or not. */
    public BenchmarkOptions withAssistant(boolean timeAssistant) {
        return withAssistant(timeAssistant ? AssistantMethod.KNN : null);
    }

    /** Times the assistant with {@code method} (null: not timed). */
    public BenchmarkOptions withAssistant(AssistantMethod method) {
        return new BenchmarkOptions(documents, documentBytes, segments, codes, scenarios, repetitions, workFolder,
                seed, method, corpus);
    }

    /** The benchmark {@code factor} times over: documents and passages multiplied (issue 18, --scale). */
    public BenchmarkOptions scaled(int factor) {
        require(factor >= 1 && factor <= 100, "scale must be between 1 and 100");
        return withSize(documents * factor, documentBytes, segments * factor);
    }

    /** Imports the files in {@code folder} instead of generating a corpus; null generates one. */
    public BenchmarkOptions withCorpus(Path folder) {
        return new BenchmarkOptions(documents, documentBytes, segments, codes, scenarios, repetitions, workFolder,
                seed, assistant, folder);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException("Benchmark options: " + message);
        }
    }
}
