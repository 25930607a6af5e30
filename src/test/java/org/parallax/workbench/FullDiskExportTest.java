package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.TestProjects;

/**
 * Reports and workbooks written onto a really full disk (a tmpfs filled up): each fails with one
 * sentence naming the file and the disk's own reason — not POI's "OpenXML4JRuntimeException … marshaller" — and
 * leaves nothing behind, not even a temporary file.
 */
class FullDiskExportTest {
    @TempDir
    Path dir;

    @Test
    void wordAndExcelFilesOnAFullDiskFailInWordsAndLeaveNoFile() throws Exception {
        Path folder = dir.resolve("full");
        Optional<SmallDisk> disk = SmallDisk.mount(folder, 1);
        assumeTrue(disk.isPresent(), "mounting a tmpfs is not permitted here");
        try (SmallDisk small = disk.get(); Workbench wb = Workbench.open(TestProjects.sampleCopy(dir))) {
            String set = wb.tracing().installStudyTemplate().name();
            SmallDisk.fill(folder.resolve("filler"));

            assertFailsInWords(folder, "report.docx", out -> wb.reports().writeCodedText(
                    ReportSelection.ALL, ReportGrouping.CHOICES.parse("code", "--by"), out));
            assertFailsInWords(folder, "memos.docx", out -> wb.reports().writeMemos("kind", out));
            assertFailsInWords(folder, "workbook.xlsx", out -> wb.exports().workbookXlsx(out));
            assertFailsInWords(folder, "tracing.docx", out -> wb.tracing().exportReport(set, out));

            try (Stream<Path> left = Files.list(folder)) {
                assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("filler");
            }
        }
    }

    private static void assertFailsInWords(Path folder, String name, Consumer<Path> write) {
        Path out = folder.resolve(name);
        assertThatThrownBy(() -> write.accept(out)).isInstanceOf(ParallaxException.class)
                .hasMessageContaining(name).hasMessageContaining("No space left on device")
                .hasMessageNotContaining("Exception").hasMessageNotContaining("marshaller");
        assertThat(out).doesNotExist();
    }
}
