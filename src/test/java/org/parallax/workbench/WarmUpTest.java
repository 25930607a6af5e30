package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;
import org.parallax.model.Document;
import org.parallax.model.Matrix;
import org.parallax.model.Segment;
import org.parallax.search.SearchOptions;

/**
 * The background warm-up a window starts on open (issue 18, first use): it finishes, changes no answer, and
 * closing the project while it runs stops it without damage.
 */
class WarmUpTest {
    @TempDir
    Path dir;

    @Test
    void aWarmedUpProjectGivesTheSameTable1AndSearchAsAColdOne() throws Exception {
        Path file = project(40);
        Matrix cold;
        long coldHits;
        try (Workbench wb = Workbench.open(file)) {
            cold = wb.analysis().table1();
            coldHits = wb.search().search("treaty", SearchOptions.defaults()).totalHits();
        }
        try (Workbench wb = Workbench.open(file)) {
            wb.warmUp();
            assertThat(wb.awaitWarmUp(120_000)).isTrue();
            Matrix warm = wb.analysis().table1();
            assertThat(warm.total()).isEqualTo(cold.total());
            for (int r = 0; r < cold.rows().size(); r++) {
                for (int c = 0; c < cold.columns().size(); c++) {
                    assertThat(warm.cell(r, c)).as("cell %d,%d", r, c).isEqualTo(cold.cell(r, c));
                }
            }
            assertThat(wb.search().search("treaty", SearchOptions.defaults()).totalHits()).isEqualTo(coldHits)
                    .isPositive();
        }
    }

    @Test
    void closingWhileWarmingUpStopsItAndLeavesTheProjectWhole() throws Exception {
        Path file = project(60);
        try (Workbench wb = Workbench.open(file)) {
            wb.warmUp();
        }
        try (Workbench wb = Workbench.open(file)) {
            assertThat(wb.integrityCheck()).isEqualTo("ok");
            assertThat(wb.search().search("treaty", SearchOptions.defaults()).hitsPerDocument()).hasSize(60);
            assertThat(wb.coding().segments()).hasSize(60 * 3);
        }
    }

    private Path project(int documents) throws Exception {
        Path file = dir.resolve("warm.parallax");
        List<Path> texts = new ArrayList<>();
        for (int i = 0; i < documents; i++) {
            texts.add(Files.writeString(dir.resolve("doc" + i + ".txt"), ("Document " + i
                    + " discusses the treaty, the alliance and the balance of power in words of its own. ").repeat(20)));
        }
        try (Workbench wb = Workbench.create(file, CodebookTemplates.named("table1"))) {
            wb.documents().importFiles(ImportRequest.of(texts), TaskProgress.NONE);
            long code = wb.codebook().code("Balance of power").id();
            List<Segment> drafts = new ArrayList<>();
            for (Document d : wb.documents().list()) {
                for (int k = 0; k < 3; k++) {
                    drafts.add(new Segment(0, d.id(), k * 30, k * 30 + 25, code, wb.activeCoder().id(), null,
                            Instant.now()));
                }
            }
            wb.coding().codeAll(drafts, "Batch");
        }
        return file;
    }
}
