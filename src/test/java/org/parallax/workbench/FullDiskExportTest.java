package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
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
            fill(folder.resolve("filler"));

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

    /** Writes {@code file} until the disk is full. */
    private static void fill(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer block = ByteBuffer.allocate(4096);
            try {
                while (true) {
                    block.clear();
                    channel.write(block);
                }
            } catch (IOException full) {
                // the disk is full now
            }
        }
    }
}
