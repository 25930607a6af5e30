package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.Document;
import org.parallax.search.IndexStatus;
import org.parallax.bench.SyntheticCorpus;

/**
 * Imports onto a really full disk (a small tmpfs): the run stops with "too little free space on the project's disk
 * for the next files (Y MB free, about X MB needed …)",
 * exactly the documents reported as imported are saved, in the database and the index alike, and once space
 * is freed the same open project imports the rest. A full disk under the search index alone does not stop the
 * import: the background indexing stops and says why, and catches up once space is freed.
 */
class DiskFullImportTest {
    private static final int CHUNK_FILES = 64;

    @TempDir
    Path dir;

    @Test
    void aFullProjectDiskStopsBeforeTheChunkThatWouldNotFitAndTheRestImportsOnceSpaceIsFreed() throws Exception {
        Path folder = dir.resolve("small");
        Optional<SmallDisk> disk = SmallDisk.mount(folder, 16);
        assumeTrue(disk.isPresent(), "mounting a tmpfs is not permitted here");
        try (SmallDisk small = disk.get()) {
            List<Path> files = new SyntheticCorpus(21).write(dir.resolve("texts"), 200, 40_000);
            Path project = folder.resolve("full.parallax");
            try (Workbench wb = Workbench.create(project, CodebookTemplates.named("table1"))) {
                ImportReport report = wb.documents().importFiles(ImportRequest.of(files), TaskProgress.NONE);

                assertStoppedByFullDisk(report);
                assertSavedIsReported(wb, report);

                small.grow(256);
                ImportReport rest = wb.documents().importFiles(ImportRequest.of(files), TaskProgress.NONE);
                assertThat(rest.stopped()).isNull();
                assertThat(rest.failures()).isEmpty();
                assertThat(rest.duplicates()).hasSize(report.imported().size());
                assertThat(wb.documents().list()).hasSize(files.size());
                // What the full disk kept the background indexing from writing is caught up, as a search would.
                wb.search().ensureIndex(TaskProgress.NONE);
                assertThat(wb.search().status().state()).isEqualTo(IndexStatus.State.OK);
                assertThat(wb.integrityCheck()).isEqualTo("ok");
            }
        }
    }

    @Test
    void aFullIndexDiskLeavesTheDocumentsSavedAndTheIndexCatchesUpOnceSpaceIsFreed() throws Exception {
        Path project = dir.resolve("index-full.parallax");
        try (Workbench wb = Workbench.create(project, CodebookTemplates.named("table1"))) {
            wb.documents().list();
        }
        // Only the index folder is small: the database has room, so the failure comes from Lucene mid-write.
        Optional<SmallDisk> disk = SmallDisk.mount(dir.resolve("index-full.parallax.index"), 1);
        assumeTrue(disk.isPresent(), "mounting a tmpfs is not permitted here");
        try (SmallDisk small = disk.get()) {
            List<Path> files = new SyntheticCorpus(22).write(dir.resolve("texts"), 300, 20_000);
            try (Workbench wb = Workbench.open(project)) {
                ImportReport report = wb.documents().importFiles(ImportRequest.of(files), TaskProgress.NONE);

                assertThat(report.failures()).as("the index is derived data: the documents are saved").isEmpty();
                assertThat(wb.documents().list()).hasSize(files.size());
                wb.search().awaitIndex();
                assertThat(wb.search().indexProgress().problem()).contains("disk is full");
                assertThat(wb.search().indexProgress().describe()).startsWith("Indexing stopped (");

                small.grow(256);
                assertThat(wb.search().ensureIndex(TaskProgress.NONE)).as("caught up, not rebuilt").isFalse();
                assertThat(wb.search().status().state()).as("the reopened writer indexed the rest")
                        .isEqualTo(IndexStatus.State.OK);
                assertThat(wb.search().indexProgress()).isEqualTo(IndexProgress.COMPLETE);
            }
        }
    }

    private static void assertStoppedByFullDisk(ImportReport report) {
        // Stopped before the chunk that would not fit, or by the write that found the disk full.
        assertThat(report.stopped()).isNotNull().matches("(too little free space on the project's disk for the next "
                + "files \\([\\d.]+ MB free, about [\\d.]+ MB needed: free some space and import again\\)"
                + "|the disk is full \\(needs about \\d+ MB, \\d+ MB free: free some space and import again\\)); "
                + "\\d+ files? from \\S+ on were not imported, the \\d+ documents? reported as imported are saved");
        assertThat(report.failures()).containsExactly(report.stopped());
        assertThat(report.stopped()).doesNotContain("Exception").doesNotContain("\n");
    }

    private static void assertSavedIsReported(Workbench wb, ImportReport report) {
        assertThat(report.imported().size() % CHUNK_FILES).as("whole chunks only").isZero();
        assertThat(wb.documents().list()).extracting(Document::id)
                .containsExactlyInAnyOrderElementsOf(report.imported().stream().map(Document::id).toList());
        for (Document d : report.imported()) {
            assertThat(wb.documents().text(d.id())).hasSize(d.length());
        }
    }
}
