package org.parallax.workbench.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.parallax.model.Code;
import org.parallax.model.CodebookDefinition;
import org.parallax.model.Coder;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.workbench.AgreementUnit;
import org.parallax.workbench.ImportReport;
import org.parallax.workbench.ImportRequest;
import org.parallax.workbench.MergeReport;
import org.parallax.workbench.TaskProgress;
import org.parallax.workbench.Workbench;

/**
 * The several-coders figures of the benchmark: a second coder's passages, agreement between the two
 * coders in characters and in paragraphs, and merging one project's coding into another.
 */
public final class CoderFigures {
    public static final String SECOND_CODER = "Second coder";
    public static final String AGREEMENT_CHARACTER = "Agreement of 2 coders, characters (kappa, alpha)";
    public static final String AGREEMENT_PARAGRAPH = "Agreement of 2 coders, paragraphs (alpha)";
    public static final String MERGE = "Merge another project's passages";
    public static final String MERGED = "Passages merged";
    /** Copies keep the first coder's code this often, so agreement is neither perfect nor chance. */
    private static final double SAME_CODE = 0.8;
    private static final int JITTER = 12;

    private CoderFigures() {
    }

    /**
     * Stores {@code passages} passages for {@link #SECOND_CODER} (half jittered copies of the first coder's
     * earliest passages, half random) and times agreement over every document; restores the active coder.
     */
    public static List<Figure> agreement(Workbench workbench, int passages, int repetitions, long seed) {
        Coder first = workbench.activeCoder();
        Coder second = workbench.setActiveCoder(SECOND_CODER);
        workbench.setActiveCoder(first.name());
        List<Figure> figures = new ArrayList<>();
        int stored = workbench.coding().codeAll(secondCoderDrafts(workbench, first, second, passages, seed),
                "Benchmark second coder").size();
        figures.add(Figure.info("Second coder's passages", stored, "passages"));
        figures.add(Figure.info("First coder's passages", workbench.coding().segments().stream()
                .filter(s -> s.coderId() == first.id()).count(), "passages"));
        List<String> coders = List.of(first.name(), second.name());
        int runs = Math.min(repetitions, 5);
        figures.add(Figure.atMost(AGREEMENT_CHARACTER, median(runs, () -> workbench.analysis()
                .agreement(coders, List.of(), AgreementUnit.CHARACTER, null, false)), "ms", 1_000));
        figures.add(Figure.atMost(AGREEMENT_PARAGRAPH, median(runs, () -> workbench.analysis()
                .agreement(coders, List.of(), AgreementUnit.PARAGRAPH, null, false)), "ms", 1_000));
        return figures;
    }

    /**
     * Creates {@code secondFile} with the same documents as {@code firstFile} (which must be closed) and
     * times merging all of the first project's passages into it.
     */
    public static List<Figure> merge(Path firstFile, Path secondFile, CodebookDefinition codebook,
                                     ImportRequest request) {
        try (Workbench second = Workbench.create(secondFile, codebook)) {
            ImportReport imported = second.documents().importFiles(request, TaskProgress.NONE);
            if (imported.imported().size() != request.files().size()) {
                throw new ParallaxException("Benchmark merge target imported " + imported.imported().size()
                        + " of " + request.files().size() + " files");
            }
            MergeReport[] report = new MergeReport[1];
            double seconds = Timings.seconds(() -> report[0] = second.merging().mergeProject(firstFile));
            return List.of(Figure.atMost(MERGE, seconds, "s", 2),
                    Figure.info(MERGED, report[0].passagesAdded(), "passages"));
        }
    }

    private static List<Segment> secondCoderDrafts(Workbench workbench, Coder first, Coder second, int passages,
                                                   long seed) {
        Random random = new Random(seed + 1);
        List<Segment> firsts = workbench.coding().segments().stream().filter(s -> s.coderId() == first.id())
                .limit(passages / 2).toList();
        List<Document> documents = workbench.documents().list();
        List<Code> codes = workbench.codebook().current().codes();
        Map<Long, Integer> lengths = new HashMap<>();
        documents.forEach(d -> lengths.put(d.id(), d.length()));
        Instant created = Instant.now();
        List<Segment> drafts = new ArrayList<>(passages);
        for (Segment s : firsts) {
            int length = lengths.get(s.documentId());
            int start = Math.max(0, s.start() + random.nextInt(2 * JITTER + 1) - JITTER);
            int end = Math.min(length, Math.max(start + 1, s.end() + random.nextInt(2 * JITTER + 1) - JITTER));
            long code = random.nextDouble() < SAME_CODE ? s.codeId() : codes.get(random.nextInt(codes.size())).id();
            drafts.add(new Segment(0, s.documentId(), start, end, code, second.id(), null, created));
        }
        while (drafts.size() < passages) {
            Document document = documents.get(random.nextInt(documents.size()));
            int length = Math.min(20 + random.nextInt(580), document.length() - 1);
            int start = random.nextInt(document.length() - length);
            drafts.add(new Segment(0, document.id(), start, start + length,
                    codes.get(random.nextInt(codes.size())).id(), second.id(), null, created));
        }
        return drafts;
    }

    private static double median(int runs, Supplier<?> work) {
        work.get();
        Timings timings = new Timings(runs);
        for (int i = 0; i < runs; i++) {
            timings.time(work::get);
        }
        return timings.medianMillis();
    }
}
