package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.analysis.MatrixSpec;
import org.parallax.model.Document;
import org.parallax.model.Matrix;
import org.parallax.model.Scenario;

/**
 * The sample project's Table 1 equals a count done here from the exported segments CSV alone (plus each
 * document's scenario attribute): scenario-code rows give spans, every indicator row goes to the span of its own
 * coder it overlaps most (ties to the earlier scenario), else its document's scenario, else "No scenario". The
 * sample's second coder marked scenarios over the analyst's passages: another coder's span moves none of them.
 */
class SampleTable1CrossCheckTest {
    @TempDir
    Path dir;

    @Test
    void table1EqualsAnIndependentCountFromTheSegmentsCsv() throws Exception {
        Path project = dir.resolve("sample.parallax");
        SampleProject.build(Path.of("samples"), project);
        try (Workbench wb = Workbench.open(project)) {
            Path csv = dir.resolve("segments.csv");
            wb.exports().segmentsCsv(csv, false);
            List<String> scenarios = wb.analysis().codebook().scenarios().stream().map(Scenario::name).toList();
            Map<Long, String> documentScenario = new HashMap<>();
            for (Document d : wb.documents().list()) {
                documentScenario.put(d.id(), d.meta().scenario());
            }
            Map<String, Set<Long>> passages = new HashMap<>();
            Map<String, Set<Long>> documents = new HashMap<>();
            List<CSVRecord> records = read(csv);
            for (CSVRecord r : records) {
                if (r.get("frame").isEmpty()) {
                    continue;
                }
                long document = Long.parseLong(r.get("document_id"));
                String scenario = bestSpan(records, r, scenarios);
                if (scenario == null) {
                    scenario = documentScenario.get(document);
                }
                scenario = scenario == null ? "No scenario" : scenario;
                for (String row : List.of(r.get("frame"), r.get("code"))) {
                    passages.computeIfAbsent(row + "|" + scenario, k -> new HashSet<>())
                            .add(Long.parseLong(r.get("segment_id")));
                    documents.computeIfAbsent(row + "|" + scenario, k -> new HashSet<>()).add(document);
                }
            }

            Matrix matrix = wb.analysis().matrix(MatrixSpec.table1());
            int total = 0;
            for (int row = 0; row < matrix.rows().size(); row++) {
                for (int column = 0; column < matrix.columns().size(); column++) {
                    String key = matrix.rows().get(row).label() + "|" + matrix.columns().get(column).label();
                    assertThat(matrix.cell(row, column).segments()).as(key)
                            .isEqualTo(passages.getOrDefault(key, Set.of()).size());
                    assertThat(matrix.cell(row, column).documents()).as(key)
                            .isEqualTo(documents.getOrDefault(key, Set.of()).size());
                }
                total += matrix.rows().get(row).parent() < 0 ? matrix.rowTotal(row).segments() : 0;
            }
            long framed = records.stream().filter(r -> !r.get("frame").isEmpty()).count();
            assertThat(total).isEqualTo(matrix.total().segments()).isEqualTo(framed).isPositive();
            assertThat(wb.analysis().table1().total()).isEqualTo(matrix.total());
        }
    }

    private static String bestSpan(List<CSVRecord> records, CSVRecord passage, List<String> scenarios) {
        int start = Integer.parseInt(passage.get("start"));
        int end = Integer.parseInt(passage.get("end"));
        String best = null;
        int bestOverlap = 0;
        for (CSVRecord span : records) {
            if (!span.get("frame").isEmpty() || !scenarios.contains(span.get("code"))
                    || !span.get("document_id").equals(passage.get("document_id"))
                    || !span.get("coder").equals(passage.get("coder"))) {
                continue;
            }
            int overlap = Math.min(end, Integer.parseInt(span.get("end")))
                    - Math.max(start, Integer.parseInt(span.get("start")));
            if (overlap > bestOverlap || overlap == bestOverlap && overlap > 0
                    && scenarios.indexOf(span.get("code")) < scenarios.indexOf(best)) {
                best = span.get("code");
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static List<CSVRecord> read(Path csv) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv)) {
            return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(reader).getRecords());
        }
    }
}
