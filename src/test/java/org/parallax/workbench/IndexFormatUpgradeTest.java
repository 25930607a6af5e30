package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.bench.BenchmarkCodebook;
import org.parallax.bench.SyntheticCorpus;
import org.parallax.search.IndexStatus;

/**
 * A project whose search index has an earlier layout (ADR 0017) opens at once, indexes again in the background and
 * says so: the window's search reports "Indexing… n%" until it is done, then finds every document.
 */
class IndexFormatUpgradeTest {
    private static final int FILES = 30;

    @TempDir
    Path dir;

    @Test
    void anIndexOfAnEarlierLayoutIsIndexedAgainInTheBackgroundAndVisibly() throws IOException {
        Path project = dir.resolve("p.parallax");
        List<Path> files = new SyntheticCorpus(44).write(dir.resolve("texts"), FILES, 4_000);
        Path indexFolder;
        try (Workbench wb = Workbench.create(project, BenchmarkCodebook.definition(4, 2))) {
            wb.documents().importFiles(ImportRequest.of(files), TaskProgress.NONE);
            wb.search().awaitIndex();
            indexFolder = wb.project().indexFolder();
        }
        // What an index written before layouts were recorded looks like to this version: no layout in its commit.
        try (IndexWriter writer = new IndexWriter(FSDirectory.open(indexFolder), new IndexWriterConfig())) {
            writer.setLiveCommitData(Map.<String, String>of().entrySet());
            writer.commit();
            assertThat(writer.getDocStats().numDocs).isEqualTo(FILES);
        }

        try (Workbench wb = Workbench.open(project)) {
            AtomicReference<SearchHits> during = new AtomicReference<>();
            wb.project().indexCatchUp.exclusive(() -> {
                wb.search().ensureIndex(TaskProgress.NONE);
                during.set(wb.search().kwic("\"the\"", false, 10));
            });
            assertThat(during.get().partial()).isTrue();
            assertThat(during.get().indexing().describe()).isEqualTo("Indexing… 0% (0 of " + FILES + " documents)");
            assertThat(during.get().totalHits()).as("the earlier layout is not searched").isZero();

            wb.search().awaitIndex();
            SearchHits after = wb.search().kwic("\"the\"", false, 10);
            assertThat(after.partial()).isFalse();
            assertThat(after.documents()).isEqualTo(FILES);
            assertThat(after.hits()).isNotEmpty().allSatisfy(hit -> assertThat(hit.hit()).isEqualToIgnoringCase("the"));
            assertThat(wb.search().status().state()).isEqualTo(IndexStatus.State.OK);
        }
    }
}
