package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Segment;
import org.parallax.testutil.Backend;
import org.parallax.testutil.BothBackends;
import org.parallax.testutil.TestProjects;

/** The `docs` table's passage column, counted by the database, follows coding and uncoding per document. */
class DocumentsTablePassagesTest {
    @TempDir
    Path dir;

    @BothBackends
    void passageCountsArePerDocumentAndFollowUncoding(Backend backend) {
        try (Workbench wb = backend.table1(dir)) {
            long rome = TestProjects.importOne(wb, TestProjects.textFile(dir, "rome.txt", "The Council met in Rome."));
            long paris = TestProjects.importOne(wb, TestProjects.textFile(dir, "paris.txt", "They met in Paris."));
            long oslo = TestProjects.importOne(wb, TestProjects.textFile(dir, "oslo.txt", "Nobody met in Oslo."));
            long code = wb.codebook().current().codes().get(0).id();
            wb.coding().code(rome, 0, 11, code, null);
            Segment second = wb.coding().code(rome, 12, 24, code, null);
            wb.coding().code(paris, 0, 4, code, null);
            assertThat(passages(wb)).containsExactlyInAnyOrderEntriesOf(Map.of(rome, 2L, paris, 1L, oslo, 0L));

            wb.coding().uncode(second.id());
            assertThat(passages(wb)).containsExactlyInAnyOrderEntriesOf(Map.of(rome, 1L, paris, 1L, oslo, 0L));
        }
    }

    private static Map<Long, Long> passages(Workbench wb) {
        var table = wb.exports().documentsTable();
        int id = table.header().indexOf("id");
        int passages = table.header().indexOf("passages");
        Map<Long, Long> out = new HashMap<>();
        for (List<Object> row : table.rows()) {
            out.put(((Number) row.get(id)).longValue(), ((Number) row.get(passages)).longValue());
        }
        return out;
    }
}
