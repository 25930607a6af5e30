package org.parallax.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.DamagedPages;
import org.parallax.ui.UiFixture;

/**
 * A page of the project file SQLite cannot read, met by the background indexing while the window has the project open:
 * the status bar and the Search tab said "Indexing stopped (… is damaged …; See what is damaged with: parallax check
 * …; restore a backup with: parallax restore …)", sending a researcher in the window to the command line for what
 * File → Restore from backup… does. They now say the failure as the window says it, as the damaged page's box does.
 */
class IndexingStoppedInTheWindowTest {
    @TempDir
    Path dir;

    @Test
    void aDamagedPageMetByTheIndexingIsSaidWithTheWindowsMenu() throws Exception {
        try (UiFixture fixture = UiFixture.open(dir)) {
            fixture.workbench().search().awaitIndex();
            // The indexing reads a new document's attributes by this index; the import writes none, the lists read
            // every attribute from the table itself.
            DamagedPages.zeroRootPage(fixture.project, "sqlite_autoindex_document_attributes_1");
            Path readout = Files.writeString(dir.resolve("readout.txt"), "NATO and Russia met in the council.");

            fixture.main.importer().importFiles(List.of(readout));
            fixture.workbench().search().awaitIndex();
            fixture.tasks.deliverUntil(() -> !fixture.main.status().indexingProperty().get().isEmpty(),
                    Duration.ofSeconds(60));

            String status = fixture.main.status().indexingProperty().get();
            assertThat(status).startsWith("Indexing stopped (test.parallax is damaged")
                    .contains("File → Restore from backup…").doesNotContain("parallax restore")
                    .doesNotContain("parallax check");
            assertThat(fixture.main.search().indexStatusProperty().get()).isEqualTo(status);
            // The command line's words are unchanged.
            assertThat(fixture.workbench().search().indexProgress().problem()).contains("parallax restore");
        }
    }
}
