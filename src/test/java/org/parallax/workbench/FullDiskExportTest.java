package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DiskFullException;
import org.parallax.model.ParallaxException;
import org.parallax.testutil.TestProjects;

/**
 * Reports, workbooks and every other export written onto a really full disk (a tmpfs filled up): each fails with the
 * same sentence naming the file, that the disk is full and that nothing was written — not POI's
 * "OpenXML4JRuntimeException … marshaller", nor each writer's own words — and leaves nothing behind, not even a
 * temporary file.
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
            assertFailsInWords(folder, "workbook.xlsx", out -> wb.exports().workbookXlsx(org.parallax.analysis.MatrixSpec.Filter.NONE, out));
            assertFailsInWords(folder, "tracing.docx", out -> wb.tracing().exportReport(set, out));

            try (Stream<Path> left = Files.list(folder)) {
                assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("filler");
            }
        }
    }

    @Test
    void everyExportOnAFullDiskSaysSoInOneWording() throws Exception {
        Path folder = dir.resolve("full");
        Optional<SmallDisk> disk = SmallDisk.mount(folder, 1);
        assumeTrue(disk.isPresent(), "mounting a tmpfs is not permitted here");
        try (SmallDisk small = disk.get(); Workbench wb = Workbench.open(TestProjects.sampleCopy(dir))) {
            SmallDisk.fill(folder.resolve("filler"));

            Map<String, Consumer<Path>> exports = new LinkedHashMap<>();
            exports.put("the passages export passages.csv", out -> wb.exports().segmentsCsv(out, true));
            exports.put("the Quotes table quotes.csv", out -> wb.exports().table(wb.exports().quotesSheet(), out, true));
            exports.put("the table codes.csv", out -> wb.exports().tableCsv(List.of("code"), List.of(List.of("x")), out));
            exports.put("the matrix export table1.csv", out -> wb.exports().matrixCsv(wb.analysis().table1(), out));
            exports.put("the memos export memos.csv", out -> wb.memos().export(MemoFilter.ALL, out, true));
            exports.put("the memos export memos.json", out -> wb.memos().export(MemoFilter.ALL, out, true));
            exports.put("the REFI-QDA project project.qdpx", out -> wb.exchange().exportQdpx(out, false));
            exports.put("the REFI-QDA codebook codebook.qdc", out -> wb.exchange().exportQdc(out));
            exports.put("the codebook codebook.json", out -> wb.codebook().exportJson(out));
            exports.put("the handout handout.html", out -> wb.codebook().exportHandout(out));
            exports.put("the report report.html", out -> wb.reports().writeCodedText(ReportSelection.ALL,
                    ReportGrouping.CHOICES.parse("code", "--by"), out));
            exports.forEach((expected, write) -> {
                Path out = folder.resolve(expected.substring(expected.lastIndexOf(' ') + 1));
                String what = expected.substring(0, expected.lastIndexOf(' '));
                assertThatThrownBy(() -> write.accept(out)).as(expected).isInstanceOf(DiskFullException.class)
                        .hasMessage("Cannot write " + what + " " + out + ": the disk is full; nothing was written");
                assertThat(out).doesNotExist();
            });
            try (Stream<Path> left = Files.list(folder)) {
                assertThat(left).extracting(p -> p.getFileName().toString()).containsExactly("filler");
            }
        }
    }

    private static void assertFailsInWords(Path folder, String name, Consumer<Path> write) {
        Path out = folder.resolve(name);
        assertThatThrownBy(() -> write.accept(out)).isInstanceOf(ParallaxException.class)
                .hasMessageContaining(name).hasMessageContaining("the disk is full; nothing was written")
                .hasMessageNotContaining("Exception").hasMessageNotContaining("marshaller");
        assertThat(out).doesNotExist();
    }
}
