package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parallax.io.refi.QdpxFiles.utf8;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.testutil.TestProjects;

/** Found by fuzzing: a line break quoted from the file must not split a problem of the report in two. */
class ExchangeReportLinesTest {
    private static final String SOURCE = "aaaaaaaa-0000-0000-0000-000000000001";

    @TempDir
    Path dir;

    @Test
    void problemQuotingAnIdWithALineBreakStaysOneLine() {
        String qde = QdpxFiles.projectWithSource(SOURCE, "internal://" + SOURCE + ".txt", "")
                .replace("guid=\"11111111-1111-1111-1111-111111111111\"", "guid=\"first&#10;second\"");
        Path file = QdpxFiles.zip(dir.resolve("broken-id.qdpx"), Map.of("project.qde", utf8(qde),
                "sources/" + SOURCE + ".txt", utf8("A text about the Founding Act.")));
        try (Workbench wb = TestProjects.table1(dir)) {
            ExchangeReport report = wb.exchange().importQdpx(file);
            assertThat(report.problems()).anySatisfy(p -> assertThat(p).contains("first second"))
                    .allSatisfy(p -> assertThat(p).doesNotContain("\n").doesNotContain("\r"));
        }
    }
}
