package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.bench.BenchmarkCodebook;
import org.parallax.bench.SyntheticCorpus;
import org.parallax.model.Document;
import org.parallax.search.IndexStatus;
import org.parallax.search.SearchOptions;
import org.parallax.testutil.Cli;

/**
 * The import stores documents and returns; the search index catches up in the background. While it does, the
 * window's search answers for what is indexed and says how much that is, a full search waits for the rest, and the
 * command line's import leaves a complete index behind.
 */
class BackgroundIndexingTest {
    private static final int FILES = 150;

    @TempDir
    Path dir;

    @Test
    void importedDocumentsAreListedAtOnceAndTheWindowsSearchSaysWhatItCovers() {
        List<Path> files = new SyntheticCorpus(41).write(dir.resolve("texts"), FILES, 8_000);
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), BenchmarkCodebook.definition(4, 2))) {
            List<IndexProgress> heard = new java.util.concurrent.CopyOnWriteArrayList<>();
            wb.search().onIndexProgress(heard::add);
            AtomicReference<SearchHits> during = new AtomicReference<>();
            AtomicReference<ImportReport> report = new AtomicReference<>();
            // Holding the indexing back (as a slow machine would) makes "while it indexes" certain, not a race.
            wb.project().indexCatchUp.exclusive(() -> {
                report.set(wb.documents().importFiles(ImportRequest.of(files), TaskProgress.NONE));
                assertThat(wb.documents().list()).as("stored and listed before any indexing").hasSize(FILES);
                during.set(wb.search().kwic("\"the\"", false, 10));
            });
            assertThat(report.get().imported()).hasSize(FILES);
            assertThat(during.get().partial()).isTrue();
            assertThat(during.get().indexing()).isEqualTo(new IndexProgress(0, FILES));
            assertThat(during.get().indexing().describe()).isEqualTo("Indexing… 0% (0 of " + FILES + " documents)");
            assertThat(during.get().totalHits()).as("nothing indexed yet, nothing found").isZero();

            wb.search().awaitIndex();
            SearchHits after = wb.search().kwic("\"the\"", false, 10);
            assertThat(after.partial()).isFalse();
            assertThat(after.documents()).isEqualTo(FILES);
            assertThat(wb.search().indexProgress()).isEqualTo(IndexProgress.COMPLETE);
            assertThat(heard).as("progress heard by the window's listeners").isNotEmpty()
                    .last().isEqualTo(IndexProgress.COMPLETE);
            assertThat(heard).anySatisfy(p -> assertThat(p.total()).isEqualTo(FILES));
        }
    }

    @Test
    void aFullSearchWaitsForTheIndexingAndFindsEveryDocument() {
        List<Path> files = new SyntheticCorpus(42).write(dir.resolve("texts"), FILES, 8_000);
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), BenchmarkCodebook.definition(4, 2))) {
            wb.documents().importFiles(ImportRequest.of(files), TaskProgress.NONE);
            assertThat(wb.search().search("\"the\"", SearchOptions.defaults().withMaxLines(0)).matchingDocuments())
                    .isEqualTo(FILES);
            assertThat(wb.search().status().state()).isEqualTo(IndexStatus.State.OK);
        }
    }

    @Test
    void aDocumentDeletedDuringIndexingIsNotLeftInTheIndex() {
        List<Path> files = new SyntheticCorpus(43).write(dir.resolve("texts"), 20, 8_000);
        try (Workbench wb = Workbench.create(dir.resolve("p.parallax"), BenchmarkCodebook.definition(4, 2))) {
            AtomicReference<Document> deleted = new AtomicReference<>();
            wb.project().indexCatchUp.exclusive(() -> {
                List<Document> imported = wb.documents().importFiles(ImportRequest.of(files), TaskProgress.NONE)
                        .imported();
                deleted.set(imported.get(5));
            });
            // The delete takes the batch lock: before the batch it drops the queued id, after it deletes the indexed one.
            wb.documents().delete(deleted.get().id());
            wb.search().awaitIndex();
            assertThat(wb.search().status().state()).isEqualTo(IndexStatus.State.OK);
            assertThat(wb.project().index().documentCount()).isEqualTo(19);
        }
    }

    @Test
    void theCommandLineImportLeavesACompleteIndex() {
        Path project = dir.resolve("cli.parallax");
        try (Workbench wb = Workbench.create(project, BenchmarkCodebook.definition(4, 2))) {
            wb.documents().list();
        }
        List<Path> files = new SyntheticCorpus(44).write(dir.resolve("texts"), FILES, 8_000);
        Object[] args = new Object[files.size() + 2];
        args[0] = "import";
        args[1] = project;
        for (int i = 0; i < files.size(); i++) {
            args[i + 2] = files.get(i);
        }
        Cli cli = Cli.parallax(args);
        assertThat(cli.exit()).as(cli.err()).isZero();
        try (Workbench wb = Workbench.open(project)) {
            // A fresh process runs no indexing: what the index holds now is what the command left.
            assertThat(wb.search().compare().state()).isEqualTo(IndexStatus.State.OK);
            assertThat(wb.project().index().documentCount()).isEqualTo(FILES);
        }
    }

    @Test
    void publishesComeLessOftenAsALongRunGoesOnSoFlushesStayFew() {
        long second = 1_000_000_000L;
        long commit = 15 * second;
        long interval = 2 * second;
        List<Long> waits = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            waits.add(interval / second);
            interval = IndexCatchUp.nextPublishInterval(interval, commit);
        }
        assertThat(waits).containsExactly(2L, 4L, 8L, 15L, 15L, 15L);
        // Under the crash tests' hook the commit comes after every batch: publishing keeps its first pace.
        assertThat(IndexCatchUp.nextPublishInterval(2 * second, 0)).isEqualTo(2 * second);
    }
}
