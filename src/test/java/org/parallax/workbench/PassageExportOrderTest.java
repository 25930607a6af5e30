package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.SegmentRow;
import org.parallax.model.Code;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;
import org.parallax.model.Matrix;
import org.parallax.model.Segment;
import org.parallax.testutil.TestProjects;

/**
 * The passages export lists every passage once in document, start, passage-id order, whatever order they were coded
 * in, with the scenario Table 1 counted it in; a report of some documents quotes exactly their passages.
 */
class PassageExportOrderTest {
    @TempDir
    Path dir;

    @Test
    void passagesAreExportedInDocumentStartAndIdOrderWithTable1sScenario() throws Exception {
        try (Workbench wb = TestProjects.table1(dir)) {
            List<Long> documents = new ArrayList<>();
            for (int d = 0; d < 4; d++) {
                documents.add(TestProjects.importOne(wb, TestProjects.textFile(dir, "d" + d + ".txt",
                        ("Document " + d + " speaks of councils, exercises and dialogue. ").repeat(40))));
            }
            // One document with a scenario attribute: its indicator passages outside every scenario span go there.
            wb.documents().updateMeta(documents.get(2), new DocumentMeta("d2", null, DocumentType.OTHER, null, "en",
                    "Institutionalized dialogue", Map.of()));
            List<Code> codes = wb.codebook().current().codes();
            List<Code> scenarioCodes = codes.stream().filter(Code::isScenarioCode).toList();
            List<Code> indicators = codes.stream().filter(c -> !c.isScenarioCode()).toList();
            assertThat(scenarioCodes).isNotEmpty();
            Random random = new Random(18);
            long coder = wb.activeCoder().id();
            List<Segment> drafts = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                // Documents in falling id order, starts at random and often repeated: coding order is not export order.
                long document = documents.get(documents.size() - 1 - random.nextInt(documents.size()));
                int start = 10 * random.nextInt(150);
                Code code = i % 7 == 0 ? scenarioCodes.get(random.nextInt(scenarioCodes.size()))
                        : indicators.get(random.nextInt(indicators.size()));
                drafts.add(new Segment(0, document, start, start + 5 + random.nextInt(200), code.id(), coder, null,
                        Instant.now()));
            }
            wb.coding().codeAll(drafts, "shuffled");

            Path csv = dir.resolve("passages.csv");
            wb.exports().segmentsCsv(csv, false);
            List<CSVRecord> records = read(csv);
            assertThat(records).hasSize(wb.coding().segments().size());
            Comparator<CSVRecord> order = Comparator.<CSVRecord>comparingLong(r -> number(r, "document_id"))
                    .thenComparingLong(r -> number(r, "start")).thenComparingLong(r -> number(r, "segment_id"));
            assertThat(records).isSortedAccordingTo(order);
            assertThat(records.stream().map(r -> number(r, "segment_id")).distinct().count()).isEqualTo(records.size());

            Map<Long, String> counted = new HashMap<>();
            Matrix table1 = wb.analysis().table1();
            for (int r = 0; r < table1.rows().size(); r++) {
                for (int c = 0; c < table1.columns().size(); c++) {
                    Matrix.Column column = table1.columns().get(c);
                    for (long id : table1.segmentIds(r, c)) {
                        counted.put(id, column.id() == null ? "" : column.label());
                    }
                }
            }
            int spanned = 0;
            for (CSVRecord r : records) {
                long id = number(r, "segment_id");
                Code code = wb.codebook().current().codesById().get(number(r, "code_id"));
                if (code.isScenarioCode()) {
                    assertThat(counted).doesNotContainKey(id);
                    assertThat(r.get("scenario")).isEqualTo(wb.codebook().current().scenario(code.scenarioId())
                            .orElseThrow().name());
                } else {
                    assertThat(r.get("scenario")).as("passage " + id).isEqualTo(counted.get(id));
                    spanned += r.get("scenario").isEmpty() || r.get("scenario").equals("Institutionalized dialogue")
                            ? 0 : 1;
                }
            }
            // Some indicator passages fell in a scenario code's span, some in the document's scenario, some in none.
            assertThat(spanned).isPositive();
            assertThat(records).anyMatch(r -> r.get("scenario").equals("Institutionalized dialogue"));
            assertThat(records).anyMatch(r -> r.get("scenario").isEmpty());

            List<SegmentRow> rows = wb.exports().segmentRows();
            assertThat(rows.stream().map(SegmentRow::segmentId).toList())
                    .isEqualTo(records.stream().map(r -> number(r, "segment_id")).toList());

            long second = documents.get(1);
            int quoted = wb.reports().codedText(new ReportSelection(null, null, null, List.of(second), null, null,
                    null), ReportGrouping.CODE).entryCount();
            assertThat((long) quoted).isEqualTo(records.stream().filter(r -> number(r, "document_id") == second)
                    .count()).isPositive();
        }
    }

    /**
     * Which scenario Table 1 counts a passage in needs no words: the export reads each text once, for its passages, and
     * counts none (counting the words of every text was 0.7 s of a 200,000-passage export right after opening).
     */
    @Test
    void passagesExportRightAfterOpeningCountsNoWords() throws Exception {
        Path file;
        try (Workbench wb = TestProjects.table1(dir)) {
            file = wb.file();
            long document = TestProjects.importOne(wb, TestProjects.textFile(dir, "d.txt",
                    "The council met and the exercises went on. ".repeat(20)));
            Code code = wb.codebook().current().codes().get(0);
            wb.coding().code(document, 4, 11, code.id(), null);
        }
        try (Workbench wb = Workbench.open(file)) {
            wb.exports().segmentsCsv(dir.resolve("passages.csv"), true);
            assertThat(read(dir.resolve("passages.csv"))).hasSize(1);
            assertThat(wb.documents().list()).noneMatch(d -> wb.project().textFacts.wordsCounted(d));

            wb.analysis().table1();
            assertThat(wb.documents().list()).allMatch(d -> wb.project().textFacts.wordsCounted(d));
        }
    }

    private static long number(CSVRecord r, String column) {
        return Long.parseLong(r.get(column));
    }

    private static List<CSVRecord> read(Path csv) throws Exception {
        try (Reader in = Files.newBufferedReader(csv)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }
}
