package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.bench.ProcessCpu;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.ui.RecordingDialogs;
import org.parallax.ui.UiFixture;
import org.parallax.ui.coding.TextRange;
import org.parallax.ui.common.FxBackgroundTasks;
import org.parallax.ui.common.ProjectContext;
import org.parallax.ui.table1.Table1Row;
import org.parallax.workbench.ImportRequest;
import org.parallax.workbench.TaskProgress;
import org.parallax.workbench.Workbench;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Timings of the window on headless Monocle: opening a 1 MB document with 2,000 coded passages, and
 * coding a passage until its highlight and Table 1 are updated. Each step gives its wall time and the CPU the whole
 * process used meanwhile, which a machine busy with other work does not stretch as it stretches wall time. Not part of
 * the suite (no Test suffix): run with {@code mvn -o test -Dtest=UiBenchmark}; figures go to target/ui-benchmark.txt.
 */
@ExtendWith(ApplicationExtension.class)
class UiBenchmark {
    static {
        System.setProperty("headless.geometry", "1600x1000-32");
    }

    @TempDir
    static Path dir;
    private final FxBackgroundTasks tasks = new FxBackgroundTasks();
    private MainViewModel main;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        SettingsFile settings = new SettingsFile(dir.resolve("settings.json"));
        settings.save(Settings.defaults().withLayout(1400, 900, List.of()));
        main = new MainViewModel(new ProjectContext(tasks, new RecordingDialogs()), settings);
        window = new MainWindow(main, main.context().dialogs());
        stage.setScene(window.scene());
        stage.show();
    }

    @Test
    void bigDocumentOpensAndCodesQuickly() throws Exception {
        Path project = bigProject();
        List<String> lines = new ArrayList<>();

        long t0 = System.nanoTime();
        long cpu0 = ProcessCpu.nanos();
        WaitForAsyncUtils.asyncFx(() -> main.open(project));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !main.documents().rows().isEmpty()
                && !main.table1().rows().isEmpty() && main.document().documentProperty().get() != null);
        lines.add(String.format("open project, first document shown: %d ms (process CPU %d ms)",
                (System.nanoTime() - t0) / 1_000_000, (ProcessCpu.nanos() - cpu0) / 1_000_000));

        for (int round = 0; round < 3; round++) {
            long id = main.documents().rows().get(0).id();
            WaitForAsyncUtils.asyncFx(() -> main.document().clear()).get();
            long cpu = ProcessCpu.nanos();
            long wall = timeOpen(id);
            lines.add(String.format("open 1 MB document with 2,000 passages: %d ms (process CPU %d ms)", wall,
                    (ProcessCpu.nanos() - cpu) / 1_000_000));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long fxThread = WaitForAsyncUtils.asyncFx(() -> Thread.currentThread().getId()).get();
        for (int round = 0; round < Integer.getInteger("parallax.codingRounds", 5); round++) {
            long cpu = ProcessCpu.nanos();
            Map<String, Long> before = cpuByThread(threads);
            long fxCpu = threads.getThreadCpuTime(fxThread);
            long wall = timeCoding(round);
            // The FX thread's own CPU is the frame the researcher waits for; the process's also holds the reads.
            WaitForAsyncUtils.waitForFxEvents();
            lines.add(String.format("code a passage until highlight and Table 1 update: %d ms (process CPU %d ms, "
                    + "FX thread CPU %d ms; by thread %s)", wall, (ProcessCpu.nanos() - cpu) / 1_000_000,
                    (threads.getThreadCpuTime(fxThread) - fxCpu) / 1_000_000, spent(before, cpuByThread(threads))));
        }
        Files.write(Path.of("target", "ui-benchmark.txt"), lines);
        System.getLogger(UiBenchmark.class.getName()).log(System.Logger.Level.INFO, String.join("\n", lines));
        WaitForAsyncUtils.asyncFx(main::close).get();
        tasks.close();
    }

    /** CPU so far of each live thread, summed by name with its number left off (pool threads count as one). */
    private static Map<String, Long> cpuByThread(ThreadMXBean threads) {
        Map<String, Long> byName = new TreeMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            long nanos = info == null ? -1 : threads.getThreadCpuTime(info.getThreadId());
            if (nanos > 0) {
                byName.merge(info.getThreadName().replaceAll("[-#]?\\d+$", ""), nanos, Long::sum);
            }
        }
        return byName;
    }

    /** The threads that used at least 2 ms between two readings, most first, in ms. */
    private static String spent(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), (e.getValue() - before.getOrDefault(e.getKey(), 0L)) / 1_000_000))
                .filter(e -> e.getValue() >= 2)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private long timeOpen(long id) throws Exception {
        CompletableFuture<Long> shown = new CompletableFuture<>();
        long[] start = new long[1];
        WaitForAsyncUtils.asyncFx(() -> {
            main.document().documentProperty().addListener((o, was, now) -> {
                if (now != null && !shown.isDone()) {
                    Platform.runLater(() -> shown.complete(System.nanoTime()));
                }
            });
            start[0] = System.nanoTime();
            main.document().show(id);
        }).get();
        long end = shown.get(30, TimeUnit.SECONDS);
        assertThat(window.text().area().getLength()).isGreaterThan(1_000_000);
        return (end - start[0]) / 1_000_000;
    }

    private long timeCoding(int round) throws Exception {
        CompletableFuture<Long> tableDone = new CompletableFuture<>();
        CompletableFuture<Long> highlightDone = new CompletableFuture<>();
        long[] start = new long[1];
        int from = 123 + round % 500 * 1000;
        WaitForAsyncUtils.asyncFx(() -> {
            main.table1().rows().addListener((ListChangeListener<Table1Row>) c -> tableDone.complete(
                    System.nanoTime()));
            main.document().documentProperty().addListener((o, was, now) -> highlightDone.complete(
                    System.nanoTime()));
            main.document().selectionProperty().set(new TextRange(from, from + 37));
            start[0] = System.nanoTime();
            main.document().codeWithShortcut(9 - round % 3 == 9 ? 8 : 7);
        }).get();
        long table = tableDone.get(30, TimeUnit.SECONDS);
        long highlight = highlightDone.get(30, TimeUnit.SECONDS);
        System.getLogger(UiBenchmark.class.getName()).log(System.Logger.Level.INFO, "highlight "
                + (highlight - start[0]) / 1_000_000 + " ms, Table 1 " + (table - start[0]) / 1_000_000 + " ms");
        return (Math.max(table, highlight) - start[0]) / 1_000_000;
    }

    /** One document of about 1 MB made of real corpus texts repeated, with 2,000 passages across it. */
    private static Path bigProject() throws Exception {
        StringBuilder text = new StringBuilder();
        List<Path> sources = List.of(UiFixture.KREMLIN, UiFixture.CONCEPT_RU,
                Path.of("src/test/resources/corpus/1949-04-04_north_atlantic_treaty_en.md"));
        for (int i = 0; text.length() < 1_050_000; i++) {
            text.append(Files.readString(sources.get(i % sources.size()))).append("\n\n");
        }
        Path big = Files.writeString(dir.resolve("big.txt"), text);
        Path project = dir.resolve("big.parallax");
        try (Workbench wb = Workbench.create(project, CodebookTemplates.named("table1"))) {
            Document doc = wb.documents().importFiles(ImportRequest.of(List.of(big)), TaskProgress.NONE)
                    .imported().get(0);
            List<Code> codes = wb.codebook().current().codes().stream().filter(c -> c.frameId() != null).toList();
            long coder = wb.activeCoder().id();
            List<Segment> drafts = new ArrayList<>();
            for (int i = 0; i < 2000; i++) {
                int s = 200 + i * (doc.length() - 1000) / 2000;
                drafts.add(new Segment(0, doc.id(), s, s + 150 + (i % 7) * 40, codes.get(i % codes.size()).id(), coder,
                        null, Instant.now()));
            }
            wb.coding().codeAll(drafts, "benchmark passages");
        }
        return project;
    }
}
