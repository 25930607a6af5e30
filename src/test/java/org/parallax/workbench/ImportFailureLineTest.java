package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DocumentMeta;
import org.parallax.testutil.TestProjects;

/** Found by fuzzing: a file's import failure is one line even when the metadata it quotes is not. */
class ImportFailureLineTest {
    @TempDir
    Path dir;

    @Test
    void unknownScenarioWithALineBreakIsReportedOnOneLine() {
        Path text = TestProjects.textFile(dir, "readout.txt", "NATO and Russia met in the Council.");
        DocumentMeta meta = new DocumentMeta(null, null, null, null, null, "Cold\npeace", null);
        try (Workbench wb = TestProjects.table1(dir)) {
            ImportReport report = wb.documents().importFiles(new ImportRequest(List.of(text), meta, null),
                    TaskProgress.NONE);
            assertThat(report.imported()).isEmpty();
            assertThat(report.failures()).singleElement().asString()
                    .startsWith("readout.txt: unknown scenario 'Cold peace' (project has: ")
                    .doesNotContain("\n");
        }
    }
}
