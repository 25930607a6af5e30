package org.parallax.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.ParallaxException;
import org.parallax.model.Segment;
import org.parallax.workbench.ImportReport;
import org.parallax.workbench.ImportRequest;
import org.parallax.workbench.ProjectEvent;
import org.parallax.workbench.TaskProgress;
import org.parallax.workbench.Team;
import org.parallax.workbench.Workbench;

/**
 * {@code bench --backend postgresql --url URL}: the team-project figures on a real server. The corpus is
 * imported into a project file here and published to the URL's project (which must not exist yet, or be empty),
 * then every timed step works on the server through the workbench, as a member's window or command would:
 * opening the project, coding one passage, one batch of passages, Table 1 after opening, and how long another
 * client takes to see a change through the server's notifications. The project stays on the server afterwards
 * (the result says so), since only its owner may drop it.
 */
public final class TeamBenchmark {
    public static final String OPEN = "Open the team project (documents and codebook listed)";
    public static final String CODE_ONE = "Code one passage on the server";
    public static final String CODE_BATCH = "Store passages in one batch on the server";
    public static final String TABLE1_FIRST = "First Table 1 after opening (warmed up in the background)";
    public static final String TABLE1 = "Table 1 tally (repeated)";
    public static final String NOTIFY = "A passage coded in one client visible in another (NOTIFY)";
    private static final int STEPS = 9;
    private static final int CODE_ONE_CALLS = 200;
    private static final int OPENINGS = 5;
    private static final int NOTIFICATIONS = 20;
    private static final int MIN_CODABLE = 700;

    private final BenchmarkOptions options;
    private final String url;
    private final Supplier<char[]> prompt;
    private final TaskProgress progress;
    private final List<Figure> figures = new ArrayList<>();

    private TeamBenchmark(BenchmarkOptions options, String url, Supplier<char[]> prompt, TaskProgress progress) {
        this.options = options;
        this.url = url;
        this.prompt = prompt;
        this.progress = progress == null ? TaskProgress.NONE : progress;
    }

    /** Runs every step once on the team project at {@code url}; the temporary folder is deleted afterwards. */
    public static BenchmarkResult run(BenchmarkOptions options, String url, Supplier<char[]> prompt,
            TaskProgress progress) {
        if (!Workbench.isTeamProject(url)) {
            throw new ParallaxException(url + ": bench --backend postgresql needs a team project URL "
                    + "(postgresql://USER@HOST:PORT/DATABASE?project=NAME)");
        }
        return new TeamBenchmark(options, url, prompt, progress).run();
    }

    private BenchmarkResult run() {
        Path folder = WorkFolder.create(options.workFolder());
        try {
            List<Path> files = corpus(folder);
            Path file = folder.resolve("bench.parallax");
            step(2, "Importing " + files.size() + " files into a project file");
            try (Workbench local = Workbench.create(file, BenchmarkCodebook.definition(options.codes(),
                    options.scenarios()))) {
                ImportRequest request = new ImportRequest(files, null,
                        SyntheticCorpus.metadata(files, BenchmarkCodebook.scenarioNames(options.scenarios())));
                ImportReport report = local.documents().importFiles(request, TaskProgress.NONE);
                if (report.imported().isEmpty()) {
                    throw new ParallaxException("Benchmark import stored no document: " + report.failures());
                }
            }
            step(3, "Publishing the project to " + url);
            Team.Copied[] copied = new Team.Copied[1];
            figures.add(Figure.info("Publish the project to the server",
                    Timings.seconds(() -> copied[0] = Team.publish(file, url, null, prompt)), "s"));
            figures.add(Figure.info("Documents on the server", copied[0].documents(), "documents"));
            step(4, "Opening the team project");
            opening();
            try (Workbench workbench = Workbench.open(url, prompt)) {
                asTheWindowDoes(workbench);
                List<Document> documents = workbench.documents().list().stream()
                        .filter(d -> d.length() >= MIN_CODABLE).toList();
                if (documents.isEmpty()) {
                    throw new ParallaxException("Benchmark: no document has " + MIN_CODABLE + " characters or more");
                }
                List<Code> codes = workbench.codebook().current().codes();
                step(5, "Coding passages one by one");
                codeOneByOne(workbench, documents, codes);
                step(6, "Storing " + options.segments() + " passages in one batch");
                codeInBatch(workbench, documents, codes, new Random(options.seed()));
                step(7, "Another client seeing passages coded here");
                notifications(workbench, documents, codes);
            }
            step(8, "Opening again: Table 1 over every passage");
            tableOne();
            step(9, "Done");
        } finally {
            WorkFolder.delete(folder);
        }
        return new BenchmarkResult(options, figures, "PostgreSQL at " + url + " (the benchmark's project stays there; "
                + "its owner drops the schema); client: " + machine(), Instant.now());
    }

    private List<Path> corpus(Path folder) {
        if (options.corpus() != null) {
            step(1, "Listing the files in " + options.corpus());
            return GivenCorpus.files(options.corpus());
        }
        step(1, "Generating the synthetic corpus");
        return new SyntheticCorpus(options.seed()).write(folder.resolve("corpus"), options.documents(),
                options.documentBytes());
    }

    /** What opening costs a member: connecting, the role and schema checks, the document list and the codebook. */
    private void opening() {
        Timings timings = new Timings(OPENINGS);
        for (int i = 0; i < OPENINGS; i++) {
            timings.time(() -> {
                try (Workbench wb = Workbench.open(url, prompt)) {
                    wb.documents().list();
                    wb.codebook().current();
                }
            });
        }
        figures.add(Figure.atMost(OPEN, timings.medianMillis() / 1000, "s", 3));
    }

    private void codeOneByOne(Workbench workbench, List<Document> documents, List<Code> codes) {
        Timings timings = BenchPassages.codeOneByOne(workbench, documents, codes, CODE_ONE_CALLS);
        figures.add(Figure.atMost(CODE_ONE, timings.medianMillis(), "ms", 5));
    }

    private void codeInBatch(Workbench workbench, List<Document> documents, List<Code> codes, Random random) {
        List<Segment> drafts = BenchPassages.randomBatch(workbench, documents, codes, options.segments(), random);
        int[] stored = new int[1];
        double seconds = Timings.seconds(() -> stored[0] = workbench.coding().codeAll(drafts, "Benchmark").size());
        figures.add(Figure.atMost(CODE_BATCH, seconds, "s", 5));
        figures.add(Figure.info("Passages stored in the batch", stored[0], "passages"));
    }

    /**
     * A new session, as a member opening the project: the first Table 1 once warmed up (and the search index built),
     * then repeated.
     */
    private void tableOne() {
        try (Workbench wb = Workbench.open(url, prompt)) {
            asTheWindowDoes(wb);
            double warming = Timings.seconds(() -> {
                wb.warmUp();
                wb.awaitWarmUp(600_000);
            });
            figures.add(Figure.info("Background warm-up after opening (passages loaded from the server)", warming,
                    "s"));
            // The first opening on this machine also indexes every text for search, in the background and on the
            // same cores; a member's window has that behind it from then on, and the file benchmark's Table 1
            // comes after its import indexed everything. Timed on its own, not inside Table 1's figures.
            figures.add(Figure.info("Background search indexing on the first opening on this machine",
                    Timings.seconds(() -> wb.search().awaitIndex()), "s"));
            figures.add(Figure.atMost(TABLE1_FIRST, Timings.seconds(() -> wb.analysis().table1()) * 1000, "ms", 50));
            for (int i = 0; i < 5; i++) {
                wb.analysis().table1();
            }
            Timings timings = new Timings(options.repetitions());
            for (int i = 0; i < options.repetitions(); i++) {
                timings.time(() -> wb.analysis().table1());
            }
            figures.add(Figure.atMost(TABLE1, timings.medianMillis(), "ms", 50));
            figures.add(Figure.info("Passages in Table 1", wb.analysis().table1(true).total().segments(),
                    "passages"));
        }
    }

    /**
     * From the commit of a passage in one client to the other client (a window listening for the server's
     * notifications) holding it in its passage list.
     */
    private void notifications(Workbench coding, List<Document> documents, List<Code> codes) {
        try (Workbench window = Workbench.open(url, prompt)) {
            BlockingQueue<ProjectEvent> heard = new LinkedBlockingQueue<>();
            window.addListener(heard::add);
            asTheWindowDoes(window);
            window.coding().segments();
            Timings timings = new Timings(NOTIFICATIONS);
            for (int i = 0; i < NOTIFICATIONS; i++) {
                Document document = documents.get(i % documents.size());
                Code code = codes.get(i % codes.size());
                int start = Math.max(0, Math.min(600 + i * 3, document.length() - 60));
                heard.clear();
                long from = System.nanoTime();
                Segment coded = coding.coding().code(document.id(), start, start + 40, code.id(), null);
                awaitSegments(heard);
                if (window.coding().segments().stream().noneMatch(s -> s.id() == coded.id())) {
                    throw new ParallaxException("Benchmark: the other client heard of the passage but does not hold it");
                }
                timings.record(System.nanoTime() - from);
            }
            figures.add(Figure.atMost(NOTIFY, timings.medianMillis(), "ms", 1000));
        }
    }

    /**
     * Listens for the server's notifications, as an open window does: without it a session asks the server's
     * log position before each read, and any commit on the server (autovacuum after the batch included) would
     * make it reload every passage, which a window never does.
     */
    private static void asTheWindowDoes(Workbench wb) {
        wb.watchOutsideChanges(Duration.ofSeconds(1));
    }

    private static void awaitSegments(BlockingQueue<ProjectEvent> heard) {
        try {
            for (ProjectEvent e; (e = heard.poll(30, TimeUnit.SECONDS)) != null; ) {
                if (e == ProjectEvent.SEGMENTS) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        throw new ParallaxException("Benchmark: the other client heard nothing of a passage within 30 s");
    }

    private void step(int number, String label) {
        progress.update(number, STEPS, label);
    }

    private static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, Java " + System.getProperty("java.version")
                + ", " + System.getProperty("os.name") + " " + System.getProperty("os.arch");
    }
}
