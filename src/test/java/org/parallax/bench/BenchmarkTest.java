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
                Benchmark.CODE_BATCH_TENTH,
                Benchmark.TABLE1, Benchmark.FREQUENCIES, Benchmark.CSV_EXPORT, Benchmark.PEAK_HEAP,
                CoderFigures.AGREEMENT_CHARACTER, CoderFigures.MERGE, CodebookImportFigures.IMPORT, Benchmark.LEDGER,
                AssistantFigures.TRAINING, AssistantFigures.SUGGEST, AssistantFigures.FIRST, AssistantFigures.RUN, FirstUseFigures.WARM_SEARCH,
                FirstUseFigures.WARM_TABLE1, FirstUseFigures.COLD_TABLE1_FROM_PACKS)) {
            Figure figure = result.figure(name).orElseThrow(() -> new AssertionError("missing figure " + name));
            assertThat(figure.value()).as(name).isPositive().isFinite();
            assertThat(figure.hasTarget()).as(name).isTrue();
            assertThat(figure.unit()).as(name).isNotBlank();
        }
        assertThat(result.figure("Corpus size").orElseThrow().value()).isBetween(20 * 5_000 / 1e6, 20 * 5_300 / 1e6);
        assertThat(result.figure("Passages stored in the batch").orElseThrow().value()).isBetween(1_900.0, 2_000.0);
        assertThat(result.figure("Passages stored in the tenth").orElseThrow().value()).isBetween(150.0, 200.0);
        assertThat(result.figure("CSV size").orElseThrow().value()).isPositive();
        // The pseudonymised .qdpx (names in a "speaker" attribute) is timed beside the plain one.
        assertThat(result.figure(Benchmark.QDPX_EXPORT).orElseThrow().value()).isPositive();
        assertThat(result.figure(Benchmark.PSEUDONYMISED_QDPX_EXPORT).orElseThrow().value()).isPositive();
        assertThat(result.figure(CodebookImportFigures.ADDED).orElseThrow().value()).isEqualTo(10_000);
        assertThat(result.figure(CoderFigures.MERGED).orElseThrow().value()).isBetween(900.0, 1_000.0);
        // the assistant's layer is undone after its figures: the project opened again is the one coded before
        double batch = result.figure("Passages stored in the batch").orElseThrow().value();
        double merged = result.figure(CoderFigures.MERGED).orElseThrow().value();
        assertThat(result.figure("Assistant: passages of its layer").orElseThrow().value()).isGreaterThan(1_000);
        assertThat(result.figure(FirstUseFigures.PASSAGES).orElseThrow().value()).isBetween(batch + merged,
                batch + merged + 500);
        // Every one of the 20 documents has passages, so closing the project packed them all.
        assertThat(result.figure(FirstUseFigures.PACKED).orElseThrow().value()).isEqualTo(20);
        assertThat(result.figure(FirstUseFigures.CLOSE_PACKING).orElseThrow().value()).isPositive();
        assertThat(result.figure(Benchmark.PEAK_HEAP).orElseThrow().value())
                .isLessThanOrEqualTo(result.figure("Heap limit (-Xmx)").orElseThrow().value());
        assertThat(result.machine()).contains("cores");
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).as("temporary folder deleted").isEmpty();
        }
    }

    @Test
    void aGivenCorpusIsImportedAsItIsAndTooShortTextsAreNotCoded(@TempDir Path work, @TempDir Path corpus)
            throws Exception {
        SyntheticCorpus texts = new SyntheticCorpus(7);
        Files.createDirectories(corpus.resolve("sub"));
        for (int i = 0; i < 6; i++) {
            Files.writeString(corpus.resolve((i % 2 == 0 ? "" : "sub/") + "text-" + i + ".txt"), texts.text(i, 3_000));
        }
        Files.writeString(corpus.resolve("short.txt"), "Too short to code.");
        Files.writeString(corpus.resolve(".hidden"), "not imported");
        BenchmarkOptions options = BenchmarkOptions.defaults().withSize(1, 1_000, 500).withRepetitions(3)
                .withWorkFolder(work).withCorpus(corpus);

        BenchmarkResult result = Benchmark.run(options, TaskProgress.NONE);

        assertThat(result.figure("Files imported from the given corpus").orElseThrow().value()).isEqualTo(7);
        assertThat(result.figure("Corpus size").orElseThrow().value()).isBetween(6 * 3_000 / 1e6, 6 * 3_300 / 1e6);
        assertThat(result.figure("Passages stored in the batch").orElseThrow().value()).isBetween(450.0, 500.0);
        assertThat(result.figure(Benchmark.IMPORT).orElseThrow().value()).isPositive();
        assertThat(corpus.resolve("short.txt")).exists();
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).as("temporary folder deleted").isEmpty();
        }
    }

    @Test
    void scaleMultipliesDocumentsAndPassages() {
        BenchmarkOptions ten = BenchmarkOptions.defaults().scaled(10);
        assertThat(ten.documents()).isEqualTo(10_000);
        assertThat(ten.segments()).isEqualTo(2_000_000);
        assertThat(ten.documentBytes()).isEqualTo(50_000);
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
