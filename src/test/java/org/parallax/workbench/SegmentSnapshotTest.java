package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Code;
import org.parallax.model.Document;
import org.parallax.model.Segment;
import org.parallax.bench.BenchmarkCodebook;

class SegmentSnapshotTest {

    @Test
    void segmentSnapshotIsSharedUntilAChangeAndThenShowsIt(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("rome.txt"),
                "The NATO-Russia Council will work on the basis of consensus.");
        try (Workbench workbench = Workbench.create(dir.resolve("p.parallax"), BenchmarkCodebook.definition(2, 1))) {
            Document doc = workbench.documents().importFiles(ImportRequest.of(List.of(file)), TaskProgress.NONE)
                    .imported().get(0);
            Code code = workbench.codebook().current().codes().get(0);
            Segment first = workbench.coding().code(doc.id(), 4, 23, code.id(), null);
            List<Segment> before = workbench.coding().segments();
            assertThat(workbench.coding().segments()).isSameAs(before);
            assertThatThrownBy(() -> before.add(first)).isInstanceOf(UnsupportedOperationException.class);

            Segment second = workbench.coding().code(doc.id(), 50, 59, code.id(), null);
            assertThat(workbench.coding().segments()).containsExactly(first, second);
            workbench.history().undo();
            assertThat(workbench.coding().segments()).containsExactly(first);
            workbench.coding().uncode(first.id());
            assertThat(workbench.coding().segments()).isEmpty();
            assertThat(before).containsExactly(first);
        }
    }
}
