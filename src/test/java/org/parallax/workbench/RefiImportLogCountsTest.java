package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.HeardLog;
import org.parallax.testutil.TestProjects;

/**
 * The log's line for a REFI-QDA import said "Imported study.qdpx: 1 documents added, 1 passages, 1 problems": each
 * count now agrees with its noun, as every other line of Parallax says it ({@code Counted}).
 */
class RefiImportLogCountsTest {
    @TempDir
    Path dir;

    @Test
    void theImportsLogLineSaysOnePassageNotOnePassages() throws Exception {
        Path exported = dir.resolve("study.qdpx");
        try (Workbench wb = TestProjects.table1(Files.createDirectories(dir.resolve("first")))) {
            long document = TestProjects.importOne(wb, TestProjects.textFile(dir, "act.txt", "NATO and Russia met."));
            wb.coding().code(document, 0, 4, wb.codebook().code("Balance of power").id(), null);
            wb.exchange().exportQdpx(exported);
        }
        List<String> lines;
        try (HeardLog log = HeardLog.of(Exchange.class.getName());
             Workbench wb = TestProjects.table1(Files.createDirectories(dir.resolve("second")))) {
            wb.exchange().importQdpx(exported);
            lines = log.messages();
        }
        assertThat(lines).filteredOn(line -> line.startsWith("Imported ")).singleElement()
                .isEqualTo("Imported study.qdpx: 1 document added, 1 passage, 0 problems");
    }
}
