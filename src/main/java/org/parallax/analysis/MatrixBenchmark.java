package org.parallax.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.parallax.model.Codebook;
import org.parallax.model.Document;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.model.Matrix;
import org.parallax.model.Segment;

/** A synthetic project with document metadata and a timing loop for general matrices and timelines, for {@code bench}. */
public final class MatrixBenchmark {
    private static final String[] ACTORS = {"NATO", "Russia", "EU", "USA", "other"};

    /** Input of one benchmark run. */
    public record Project(Codebook codebook, List<Document> documents, Map<Long, Long> words, List<Segment> segments) {
    }

    private MatrixBenchmark() {
    }

    /**
     * {@link AnalysisBenchmark#synthetic}'s codebook and segments, with documents dated 1997-2024, an actor,
     * a type, a language, a "speaker" attribute and 3,000 words each; every other document has a scenario.
     */
    public static Project synthetic(int segments, int documents, int codes, int scenarios, long seed) {
        AnalysisBenchmark.Project base = AnalysisBenchmark.synthetic(segments, documents, codes, scenarios, seed);
        Random random = new Random(seed + 1);
        List<Document> list = new ArrayList<>();
        Map<Long, Long> words = new HashMap<>();
        Map<Long, String> scenarioNames = new HashMap<>();
        base.codebook().scenarios().forEach(s -> scenarioNames.put(s.id(), s.name()));
        DocumentType[] types = DocumentType.values();
        for (long d = 1; d <= documents; d++) {
            LocalDate date = d % 50 == 0 ? null : LocalDate.of(1997, 1, 1).plusDays(random.nextInt(28 * 365));
            Long scenario = base.documentScenarios().get(d);
            DocumentMeta meta = new DocumentMeta("Document " + d, date, types[random.nextInt(types.length)],
                    ACTORS[random.nextInt(ACTORS.length)], random.nextBoolean() ? "en" : "ru",
                    scenario == null ? null : scenarioNames.get(scenario),
                    Map.of("speaker", "Speaker " + random.nextInt(20)));
            list.add(new Document(d, meta, 20_000, "hash" + d, "doc" + d + ".txt"));
            words.put(d, 3_000L);
        }
        return new Project(base.codebook(), list, words, base.segments());
    }

    /** Computes one matrix of {@code spec}; returns a checksum so the work cannot be optimised away. */
    public static long runOnce(Project project, MatrixSpec spec) {
        Matrix matrix = CodingMatrix.compute(project.codebook(), project.documents(), project.words(),
                project.segments(), spec);
        return matrix.total().segments() * 31L + matrix.total().documents() + matrix.totalCharacters();
    }

    /** Median wall time of {@code runs} runs of {@link #runOnce} after {@code warmups} unmeasured runs. */
    public static AnalysisBenchmark.Timing time(Project project, MatrixSpec spec, int warmups, int runs) {
        long checksum = 0;
        for (int i = 0; i < warmups; i++) {
            checksum += runOnce(project, spec);
        }
        long[] nanos = new long[Math.max(1, runs)];
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            checksum += runOnce(project, spec);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return new AnalysisBenchmark.Timing(nanos[nanos.length / 2] / 1e6, checksum);
    }

    /** The timeline by year of {@code project}, timed like {@link #time}. */
    public static AnalysisBenchmark.Timing timeTimeline(Project project, int warmups, int runs) {
        MatrixSpec spec = MatrixSpec.table1().withColumns(MatrixSpec.Columns.of(MatrixSpec.ColumnKind.YEAR));
        long[] nanos = new long[Math.max(1, runs)];
        long checksum = 0;
        for (int i = -warmups; i < nanos.length; i++) {
            long start = System.nanoTime();
            Timeline timeline = Timeline.compute(project.codebook(), project.documents(), project.words(),
                    project.segments(), spec);
            checksum += timeline.bins().size() + timeline.undated();
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        return new AnalysisBenchmark.Timing(nanos[nanos.length / 2] / 1e6, checksum);
    }
}
