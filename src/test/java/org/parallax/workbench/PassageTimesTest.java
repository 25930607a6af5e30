package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.refi.QdpxFiles;
import org.parallax.model.EvidencePassage;
import org.parallax.model.Segment;
import org.parallax.testutil.TestProjects;

/**
 * A passage's time is stored as an integer since schema 14 (nanoseconds since 1970, ADR 0033), so loading the
 * passages reads no text per passage. On a real project an older Parallax wrote (the sample's documents and passages
 * come in from a REFI-QDA file with times of every form other tools write, passages coded from the command line and
 * evidence quoting them; {@code older/passage-times-schema-13.parallax}), the upgrade keeps every time: what the
 * workbench reads, the CSV and the REFI-QDA export give the times the old text held, each checksum still matches,
 * and evidence still finds its passages.
 */
class PassageTimesTest {
    private static final Path OLDER = Path.of("src", "test", "resources", "older",
            "passage-times-schema-13.parallax");
    private static final Pattern SELECTION_TIME = Pattern.compile(
            "<PlainTextSelection [^>]*creationDateTime=\"([^\"]+)\"");

    @TempDir
    Path dir;

    @Test
    void anOlderProjectsPassageTimesAreTheSameAfterTheUpgradeInTheWorkbenchTheCsvAndTheExchangeFile()
            throws Exception {
        Path project = Files.copy(OLDER, dir.resolve("older.parallax"));
        Map<Long, Instant> written = new TreeMap<>();
        List<String> statusesBefore = new ArrayList<>();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement();
             var rs = st.executeQuery("SELECT id, created FROM segments")) {
            while (rs.next()) {
                written.put(rs.getLong(1), Segment.keptTime(Instant.parse(rs.getString(2))));
            }
        }
        assertThat(written).hasSize(74);
        assertThat(written.values()).as("times of every form, clamped to what a project keeps at both ends")
                .contains(Segment.EARLIEST, Segment.LATEST, Instant.parse("2019-03-03T23:36:07.123456700Z"),
                        Instant.parse("1969-12-31T23:59:59.000000001Z"));
        try (Workbench wb = Workbench.openReadOnly(Files.copy(OLDER, dir.resolve("read-only.parallax")))) {
            evidence(wb).forEach(p -> statusesBefore.add(p.segmentId() + " " + p.status()));
        }

        Path csv = dir.resolve("passages.csv");
        Path qdpx = dir.resolve("exchange.qdpx");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.check().full()).isEmpty();
            Map<Long, Instant> read = new TreeMap<>();
            wb.coding().segments().forEach(s -> read.put(s.id(), s.created()));
            assertThat(read).isEqualTo(written);
            assertThat(evidence(wb)).extracting(p -> p.segmentId() + " " + p.status())
                    .containsExactlyElementsOf(statusesBefore).allMatch(s -> s.endsWith("CURRENT"));
            wb.exports().segmentsCsv(csv, true);
            wb.exchange().exportQdpx(qdpx);
        }

        try (var c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM segments WHERE typeof(created) = 'integer'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(written.size());
        }
        Map<Long, Instant> exported = new TreeMap<>();
        for (CSVRecord r : csvRecords(csv)) {
            exported.put(Long.parseLong(r.get("segment_id")), Instant.parse(r.get("created")));
        }
        assertThat(exported).isEqualTo(written);
        String qde = new String(QdpxFiles.entries(qdpx).get("project.qde"), StandardCharsets.UTF_8);
        List<Instant> exchanged = new ArrayList<>();
        Matcher m = SELECTION_TIME.matcher(qde);
        while (m.find()) {
            exchanged.add(Instant.parse(m.group(1)));
        }
        assertThat(exchanged).containsExactlyInAnyOrderElementsOf(written.values());
    }

    /** Passages coded now (to the nanosecond), one at a time and as a batch, read back the same after reopening. */
    @Test
    void passagesCodedNowAreStoredAsIntegersAndReadBackTheSame() throws Exception {
        Path project;
        Map<Long, Instant> coded = new TreeMap<>();
        try (Workbench wb = TestProjects.table1(dir)) {
            project = wb.file();
            long document = TestProjects.importOne(wb, TestProjects.textFile(dir, "treaty.txt",
                    "The Parties to this Treaty reaffirm their faith in the purposes of the Charter."));
            long code = wb.codebook().current().codes().get(0).id();
            Segment one = wb.coding().code(document, 0, 11, code, null);
            coded.put(one.id(), one.created());
            List<Segment> drafts = List.of(
                    new Segment(0, document, 12, 20, code, one.coderId(), null, Instant.parse(
                            "2026-12-05T17:24:24.123456789Z")),
                    new Segment(0, document, 21, 30, code, one.coderId(), null, Segment.EARLIEST),
                    new Segment(0, document, 31, 40, code, one.coderId(), null, Segment.LATEST));
            wb.coding().codeAll(drafts, "three passages").forEach(s -> coded.put(s.id(), s.created()));
        }
        assertThat(coded.values()).hasSize(4).contains(Segment.EARLIEST, Segment.LATEST,
                Instant.parse("2026-12-05T17:24:24.123456789Z"));

        try (Workbench wb = Workbench.open(project)) {
            Map<Long, Instant> read = new TreeMap<>();
            wb.coding().segments().forEach(s -> read.put(s.id(), s.created()));
            assertThat(read).isEqualTo(coded);
            assertThat(wb.check().full()).isEmpty();
        }
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + project); var st = c.createStatement();
             var rs = st.executeQuery("SELECT typeof(created), count(*) FROM segments GROUP BY 1")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("integer");
            assertThat(rs.getInt(2)).isEqualTo(4);
            assertThat(rs.next()).isFalse();
        }
    }

    private static List<EvidencePassage> evidence(Workbench wb) {
        String set = wb.tracing().sets().get(0).name();
        return wb.tracing().evidence(set).stream().flatMap(e -> e.passages().stream()).toList();
    }

    private static List<CSVRecord> csvRecords(Path csv) throws Exception {
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }
}
