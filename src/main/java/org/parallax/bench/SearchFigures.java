package org.parallax.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.parallax.search.SearchOptions;
import org.parallax.workbench.Workbench;

/** The search figures of the benchmark: index size, phrase and word queries, code: filter, plain scan. */
public final class SearchFigures {
    public static final String PHRASE = "Phrase query, first 100 KWIC lines";
    public static final String WORD = "One-word query, total hit count";
    public static final String CODED = "code: search inside coded passages";
    public static final String SCAN_RATIO = "Plain scan time / phrase query time";
    private static final String PHRASE_QUERY = "\"security council\"";
    /** Texts the plain scan holds in memory at most: the default corpus has 50 million characters. */
    private static final long HELD_CHARACTERS = 100_000_000L;

    private SearchFigures() {
    }

    /** Measures on an imported and coded project; {@code codeName} names a code with many passages. */
    public static List<Figure> measure(Workbench workbench, String codeName, int repetitions) {
        List<Figure> figures = new ArrayList<>();
        workbench.search().ensureIndex(org.parallax.workbench.TaskProgress.NONE);
        figures.add(Figure.info("Index size", folderBytes(workbench.search().indexFolder()) / 1e6, "MB"));
        SearchOptions first100 = SearchOptions.defaults();
        double phrase = median(repetitions, () -> workbench.search().search(PHRASE_QUERY, first100));
        long phraseHits = workbench.search().search(PHRASE_QUERY, first100).totalHits();
        figures.add(Figure.atMost(PHRASE, phrase, "ms", 10));
        figures.add(Figure.info("Phrase hits", phraseHits, "hits"));
        figures.add(Figure.atMost(WORD, median(repetitions,
                () -> workbench.search().search("enlargement", first100.withMaxLines(0))), "ms", 2));
        figures.add(Figure.atMost(CODED, median(repetitions,
                () -> workbench.search().search("security code:\"" + codeName + "\"", first100)), "ms", 20));

        List<org.parallax.model.Document> documents = workbench.documents().list();
        long characters = documents.stream().mapToLong(org.parallax.model.Document::length).sum();
        // Held in memory, as a scanning tool would, up to twice the default corpus; beyond (--scale 10: 500 million
        // characters, 1 GB of heap, where holding them ran out of memory) each scan reads the texts one at a time,
        // so that figure then includes reading them from the project.
        List<String> texts = characters <= HELD_CHARACTERS
                ? documents.stream().map(d -> workbench.documents().text(d.id())).toList()
                : new java.util.AbstractList<>() {
                    @Override
                    public String get(int index) {
                        return workbench.documents().text(documents.get(index).id());
                    }

                    @Override
                    public int size() {
                        return documents.size();
                    }
                };

        var pattern = PlainScan.phrasePattern("security council");
        long[] scanHits = new long[1];
        double scan = median(Math.min(repetitions, 5), () -> scanHits[0] = PlainScan.countMatches(texts, pattern));
        figures.add(Figure.info("Plain scan of the texts (regex), same phrase", scan, "ms"));
        figures.add(Figure.atLeast(SCAN_RATIO, scan / phrase, "×", 50));
        return figures;
    }

    private static double median(int repetitions, Supplier<?> work) {
        for (int i = 0; i < 3; i++) {
            work.get();
        }
        Timings timings = new Timings(repetitions);
        for (int i = 0; i < repetitions; i++) {
            timings.time(work::get);
        }
        return timings.medianMillis();
    }

    private static long folderBytes(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(WorkFolder::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
