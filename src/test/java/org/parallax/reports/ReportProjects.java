package org.parallax.reports;

import java.nio.file.Path;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.Workbench;

/** Projects the report tests write reports of. */
final class ReportProjects {
    private ReportProjects() {
    }

    /**
     * One Russian document holding {@code passage} between two sentences, the passage coded "Balance of power" with
     * {@code memo}, and titled {@code title} (null: the title the import gives).
     */
    static Path onePassage(Path dir, String passage, String title, String memo) {
        Path text = TestProjects.textFile(dir, "ru.txt", "Вступление. " + passage + " Конец.\n");
        try (Workbench wb = TestProjects.table1(dir)) {
            long doc = TestProjects.importOne(wb, text);
            if (title != null) {
                wb.documents().updateMeta(doc, wb.documents().require(doc).meta().withTitle(title));
            }
            int start = wb.documents().text(doc).indexOf(passage);
            wb.coding().code(doc, start, start + passage.length(), wb.codebook().code("Balance of power").id(), memo);
            return wb.file();
        }
    }
}
