package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ParallaxException;
import org.parallax.search.SearchOptions;
import org.parallax.testutil.TestProjects;

/**
 * The disk holding the search index fills while the index is built: a search (and so auto-coding) refuses in one
 * line instead of answering from the documents indexed so far. It answered "0 hits in 0 documents", exit 0.
 */
class IndexDiskFullSearchTest {
    @TempDir
    Path dir;

    @Test
    void aSearchRefusesRatherThanAnswerFromAnIndexCutShortByAFullDisk() throws Exception {
        Path project = dir.resolve("study.parallax");
        Random random = new Random(7);
        List<Path> texts = new ArrayList<>();
        for (int d = 0; d < 40; d++) {
            StringBuilder text = new StringBuilder("terrorism");
            for (int w = 0; w < 6000; w++) {
                text.append(' ').append(Long.toString(random.nextLong() & 0xFFFFFFFFL, 36));
            }
            texts.add(TestProjects.textFile(dir, "doc" + d + ".txt", text.toString()));
        }
        try (SmallDisk disk = SmallDisk.mountOrSkip(dir.resolve("study.parallax.index"), 1)) {
            try (Workbench wb = Workbench.create(project, org.parallax.io.CodebookTemplates.named("table1"))) {
                assertThat(wb.documents().importFiles(ImportRequest.of(texts), TaskProgress.NONE).imported())
                        .hasSize(40);
                assertThatThrownBy(() -> wb.search().search("terrorism", SearchOptions.defaults()))
                        .isInstanceOf(ParallaxException.class)
                        .hasMessageContaining("could not be brought up to date");
                disk.grow(64);
                assertThat(wb.search().search("terrorism", SearchOptions.defaults()).totalHits()).isEqualTo(40);
            }
        }
    }
}
