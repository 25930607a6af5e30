package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.search.SearchOptions;
import org.parallax.testutil.TestProjects;

/**
 * The index folder beside a project cannot be written (a read-only mount here; a share or another user's folder
 * elsewhere) while the project can: searches still answer, over what was imported since too, from an index in the
 * temp folder. It was called damaged on every search and never rebuilt (the rebuild cannot wipe a read-only folder).
 */
class ReadOnlyIndexFolderTest {
    @TempDir
    Path dir;

    @Test
    void searchesAnswerAndSeeNewDocumentsWhenTheIndexFolderIsReadOnly() throws Exception {
        Path project = dir.resolve("study.parallax");
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("study.parallax.index"), 32)) {
            long before;
            try (Workbench wb = Workbench.create(project, org.parallax.io.CodebookTemplates.named("table1"))) {
                TestProjects.importSamples(wb);
                before = wb.search().search("terrorism", SearchOptions.defaults()).totalHits();
            }
            assertThat(before).isPositive();
            disk.readOnly();

            try (Workbench wb = Workbench.open(project)) {
                assertThat(wb.search().search("terrorism", SearchOptions.defaults()).totalHits()).isEqualTo(before);
                ImportReport report = wb.documents().importFiles(ImportRequest.of(java.util.List.of(
                        TestProjects.textFile(dir, "new.txt", "Hybrid warfare and terrorism, once more."))),
                        TaskProgress.NONE);
                assertThat(report.imported()).hasSize(1);
                assertThat(report.warnings()).noneMatch(w -> w.contains("damaged"));
                assertThat(wb.search().search("hybrid", SearchOptions.defaults()).totalHits()).isEqualTo(1);
            }
            try (Workbench wb = Workbench.open(project)) {
                assertThat(wb.search().search("terrorism", SearchOptions.defaults()).totalHits())
                        .isEqualTo(before + 1);
            }
        }
    }
}
