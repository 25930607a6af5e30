package org.parallax.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.workbench.TaskProgress;

class BenchmarkTest {

    @Test
    void smallRunReportsEveryFigureWithPlausibleValuesAndCleansUp(@TempDir Path work) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.defaults().withSize(20, 5_000, 2_000).withRepetitions(5)
                .withWorkFolder(work).withAssistant(true);

        BenchmarkResult result = Benchmark.run(options, TaskProgress.NONE);

        for (String name : List.of(Benchmark.IMPORT, Benchmark.CODE_ONE, Benchmark.CODE_AFTER_PAUSE, Benchmark.CODE_BATCH,
                Benchmark.TABLE1, Benchmark.FREQUENCIES, Benchmark.CSV_EXPORT, Benchmark.PEAK_HEAP,
                CoderFigures.AGREEMENT_CHARACTER, CoderFigures.MERGE, CodebookImportFigures.IMPORT, Benchmark.LEDGER,
                AssistantFigures.TRAINING, AssistantFigures.SUGGEST, AssistantFigures.RUN)) {
            Figure figure = result.figure(name).orElseThrow(() -> new AssertionError("missing figure " + name));
            assertThat(figure.value()).as(name).isPositive().isFinite();
            assertThat(figure.hasTarget()).as(name).isTrue();
            assertThat(figure.unit()).as(name).isNotBlank();
        }
        assertThat(result.figure("Corpus size").orElseThrow().value()).isBetween(20 * 5_000 / 1e6, 20 * 5_300 / 1e6);
        assertThat(result.figure("Passages stored in the batch").orElseThrow().value()).isBetween(1_900.0, 2_000.0);
        assertThat(result.figure("CSV size").orElseThrow().value()).isPositive();
        assertThat(result.figure(CodebookImportFigures.ADDED).orElseThrow().value()).isEqualTo(10_000);
        assertThat(result.figure(CoderFigures.MERGED).orElseThrow().value()).isBetween(900.0, 1_000.0);
        assertThat(result.figure(Benchmark.PEAK_HEAP).orElseThrow().value())
                .isLessThanOrEqualTo(result.figure("Heap limit (-Xmx)").orElseThrow().value());
        assertThat(result.machine()).contains("cores");
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).as("temporary folder deleted").isEmpty();
        }
    }

    @Test
    void figureKnowsWhichSideOfItsTargetPasses() {
        assertThat(Figure.atLeast("Import", 45, "MB/s", 40).met()).isTrue();
        assertThat(Figure.atLeast("Import", 22, "MB/s", 40).met()).isFalse();
        assertThat(Figure.atMost("Tally", 25, "ms", 20).met()).isFalse();
        assertThat(Figure.atMost("Tally", 1.5, "ms", 20).targetText()).isEqualTo("≤ 20 ms");
        assertThat(Figure.info("Size", 3, "MB").met()).isTrue();
    }
}
