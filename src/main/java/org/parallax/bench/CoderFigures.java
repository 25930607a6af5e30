package org.parallax.bench;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
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
 * The several-coders figures of the benchmark: a second coder's passages coded in a copy of the project,
 * merging that copy back, and agreement between the two coders in characters. Agreement over paragraphs is not
 * timed: its "which code" alpha holds a dense matrix over every distinct code set and exhausts a 256 MiB heap.
 */
public final class CoderFigures {
    public static final String SECOND_CODER = "Second coder";
    public static final String AGREEMENT_CHARACTER = "Agreement of 2 coders, characters (kappa, alpha)";
    public static final String MERGE = "Merge another project's passages";
    public static final String MERGED = "Passages merged";
    /** Copies keep the first coder's code this often, so agreement is neither perfect nor chance. */
    private static final double SAME_CODE = 0.8;
    private static final int JITTER = 12;
    /** The second coder's drafts made and stored in the copy so many at a time (one transaction each). */
    private static final int DRAFTS_AT_ONCE = 100_000;

    private CoderFigures() {
    }

    /**
     * The second coder codes blind in a copy of the project ({@code copyFile}, the same corpus files imported
     * again): {@code passages} passages, half jittered copies of the first coder's earliest passages, half
     * random. The copy is merged into {@code workbench} (timed), then agreement of the two coders is timed.
     */
    public static List<Figure> measure(Workbench workbench, Path copyFile, CodebookDefinition codebook,
                                       ImportRequest request, int passages, int repetitions, long seed) {
        Coder first = workbench.activeCoder();
        List<Figure> figures = new ArrayList<>();
        // The drafts live only inside storeInCopy: held here through the merge they were 64 MB of a 512 MiB heap at
        // --scale 10.
        figures.add(Figure.info("Second coder's passages (coded in a copy)",
                storeInCopy(workbench, copyFile, codebook, request, first, passages, seed), "passages"));
        MergeReport[] report = new MergeReport[1];
        double seconds = Timings.seconds(() -> report[0] = workbench.merging().mergeProject(copyFile));
        figures.add(Figure.atMost(MERGE, seconds, "s", 2));
        figures.add(Figure.info(MERGED, report[0].passagesAdded(), "passages"));
        figures.add(Figure.info("First coder's passages", workbench.coding().segments().stream()
                .filter(s -> s.coderId() == first.id()).count(), "passages"));
        List<String> coders = List.of(first.name(), SECOND_CODER);
        figures.add(Figure.atMost(AGREEMENT_CHARACTER, median(Math.min(repetitions, 5), () -> workbench.analysis()
                .agreement(coders, List.of(), AgreementUnit.CHARACTER, null, false)), "ms", 1_000));
        return figures;
    }

    /**
     * Stores the second coder's drafts in a new copy of the project, {@link #DRAFTS_AT_ONCE} at a time; returns how
     * many. Made and stored whole, their 1,000,000 drafts at --scale 10 (64 bytes each as objects) and the copy's
     * answer of every passage stored sat beside the project's own 2,000,000 passages: the largest live heap of the
     * whole step (docs/performance.md, issue 18).
     */
    private static int storeInCopy(Workbench workbench, Path copyFile, CodebookDefinition codebook,
                                   ImportRequest request, Coder first, int passages, long seed) {
        Map<Long, String> hashes = new HashMap<>();
        workbench.documents().list().forEach(d -> hashes.put(d.id(), d.contentHash()));
        Map<Long, String> codeNames = new HashMap<>();
        workbench.codebook().current().codes().forEach(c -> codeNames.put(c.id(), c.name()));
        try (Workbench copy = Workbench.create(copyFile, codebook)) {
            ImportReport imported = copy.documents().importFiles(request, TaskProgress.NONE);
            if (imported.imported().size() != request.files().size()) {
                throw new ParallaxException("Benchmark copy imported " + imported.imported().size() + " of "
                        + request.files().size() + " files");
            }
            Map<String, Long> documents = new HashMap<>();
            imported.imported().forEach(d -> documents.put(d.contentHash(), d.id()));
            Map<String, Long> codes = new HashMap<>();
            copy.codebook().current().codes().forEach(c -> codes.put(c.name(), c.id()));
            long coder = copy.setActiveCoder(SECOND_CODER).id();
            int[] stored = new int[1];
            secondCoderDrafts(workbench, first, passages, seed, drafts -> {
                drafts.replaceAll(s -> new Segment(0, documents.get(hashes.get(s.documentId())), s.start(), s.end(),
                        codes.get(codeNames.get(s.codeId())), coder, null, s.created()));
                stored[0] += copy.coding().codeAll(drafts, "Benchmark second coder").size();
            });
            return stored[0];
        }
    }

    /**
     * Hands {@code store} the second coder's drafts, {@link #DRAFTS_AT_ONCE} at a time: half jittered copies of the
     * first coder's earliest passages, half random, the same drafts in the same order however many at a time.
     */
    private static void secondCoderDrafts(Workbench workbench, Coder first, int passages, long seed,
                                          Consumer<List<Segment>> store) {
        Random random = new Random(seed + 1);
        List<Document> documents = workbench.documents().list();
        List<Code> codes = workbench.codebook().current().codes();
        Map<Long, Integer> lengths = new HashMap<>();
        documents.forEach(d -> lengths.put(d.id(), d.length()));
        Instant created = Instant.now();
        List<Segment> drafts = new ArrayList<>();
        int made = 0;
        // The first coder's earliest passages one at a time, not copied into a list first (500,000 at --scale 10).
        for (Segment s : workbench.coding().segments()) {
            if (made >= passages / 2) {
                break;
            }
            if (s.coderId() != first.id()) {
                continue;
            }
            int length = lengths.get(s.documentId());
            int start = Math.max(0, s.start() + random.nextInt(2 * JITTER + 1) - JITTER);
            int end = Math.min(length, Math.max(start + 1, s.end() + random.nextInt(2 * JITTER + 1) - JITTER));
            long code = random.nextDouble() < SAME_CODE ? s.codeId() : codes.get(random.nextInt(codes.size())).id();
            drafts.add(new Segment(0, s.documentId(), start, end, code, 0, null, created));
            made++;
            drafts = handedOn(drafts, store);
        }
        while (made < passages) {
            Document document = documents.get(random.nextInt(documents.size()));
            int length = Math.min(20 + random.nextInt(580), document.length() - 1);
            int start = random.nextInt(document.length() - length);
            drafts.add(new Segment(0, document.id(), start, start + length,
                    codes.get(random.nextInt(codes.size())).id(), 0, null, created));
            made++;
            drafts = handedOn(drafts, store);
        }
        if (!drafts.isEmpty()) {
            store.accept(drafts);
        }
    }

    /** A full batch goes to {@code store} and a new one begins; else the batch goes on. */
    private static List<Segment> handedOn(List<Segment> drafts, Consumer<List<Segment>> store) {
        if (drafts.size() < DRAFTS_AT_ONCE) {
            return drafts;
        }
        store.accept(drafts);
        return new ArrayList<>();
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
