package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.DocumentType;

class SegmentCsvExporterTest {

    private static final SegmentRow CYRILLIC = new SegmentRow(7, 3,
            "Основополагающий акт о взаимных отношениях, сотрудничестве и безопасности",
            LocalDate.of(1997, 5, 27), DocumentType.TREATY, "Russia", "Institutionalized dialogue", 12,
            "Convergence of norms", "Constructivism", "Анна", 1040, 1187,
            "Россия и НАТО не рассматривают друг друга как противников.\r\nОни \"совместно\" строят мир, прочный и всеобъемлющий.",
            "memo with, a comma", Instant.parse("2026-03-01T10:15:30Z"));
    private static final SegmentRow SPARSE = new SegmentRow(8, 4, "Untitled", null, DocumentType.OTHER,
            null, null, 13, "Balance of power", "Realism", "Ben", 0, 5, "Hello", null, null);
    private static final SegmentRow FORMULAS = new SegmentRow(9, 5, "=HYPERLINK(\"http://x\")", LocalDate.of(2008, 4, 3),
            DocumentType.SPEECH, "+NATO", "-", 14, "@code", "\tframe", "\rcoder", 2, 9,
            "-1 point, said the speaker", "=1+1", Instant.parse("2026-03-02T00:00:00Z"));

    @TempDir
    Path dir;

    @Test
    void exportReadsBackEqualIncludingCyrillicQuotesCommasAndNewlines() throws Exception {
        Path file = dir.resolve("segments.csv");
        List<SegmentRow> rows = List.of(CYRILLIC, SPARSE, FORMULAS);

        new SegmentCsvExporter(false).write(rows, file);

        assertThat(readBack(file)).containsExactlyElementsOf(rows);
    }

    @Test
    void exportIsUtf8WithoutBomWithTheHeaderAndCrLfRecords() throws Exception {
        Path file = dir.resolve("segments.csv");
        new SegmentCsvExporter().write(List.of(SPARSE), file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(new String(bytes, 0, 10, StandardCharsets.UTF_8)).isEqualTo("segment_id");
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo(
                "segment_id,document_id,title,date,type,actor,scenario,code_id,code,frame,coder,start,end,text,memo,created,"
                        + "provenance\r\n"
                        + "8,4,Untitled,,other,,,13,Balance of power,Realism,Ben,0,5,Hello,,,\r\n");
    }

    @Test
    void formulaLikeTextCellsGetALeadingQuoteByDefault() throws Exception {
        Path file = dir.resolve("segments.csv");
        new SegmentCsvExporter().write(List.of(FORMULAS, CYRILLIC), file);

        List<SegmentRow> back = readBack(file);
        SegmentRow guarded = back.get(0);
        assertThat(guarded.title()).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(guarded.actor()).isEqualTo("'+NATO");
        assertThat(guarded.scenario()).isEqualTo("'-");
        assertThat(guarded.code()).isEqualTo("'@code");
        assertThat(guarded.frame()).isEqualTo("'\tframe");
        assertThat(guarded.coder()).isEqualTo("'\rcoder");
        assertThat(guarded.text()).isEqualTo("'-1 point, said the speaker");
        assertThat(guarded.memo()).isEqualTo("'=1+1");
        assertThat(guarded.start()).isEqualTo(2);
        assertThat(guarded.date()).isEqualTo(LocalDate.of(2008, 4, 3));
        assertThat(back.get(1)).isEqualTo(CYRILLIC);
    }

    @Test
    void formulaGuardCanBeTurnedOff() throws Exception {
        StringWriter out = new StringWriter();
        new SegmentCsvExporter(false).write(List.of(FORMULAS), out);

        assertThat(out.toString()).contains(",=1+1,").contains(",+NATO,-,").doesNotContain("'");
    }

    /** The CSV prints exactly the cells the spreadsheet export takes ({@code cells}), text cells guarded. */
    @Test
    void csvCellsAreTheSheetsCellsAsText() throws Exception {
        List<SegmentRow> rows = List.of(CYRILLIC, SPARSE, FORMULAS, SPARSE, CYRILLIC);
        for (boolean guard : new boolean[] {true, false}) {
            StringWriter expected = new StringWriter();
            try (var printer = new org.apache.commons.csv.CSVPrinter(expected, CSVFormat.RFC4180)) {
                printer.printRecord(SegmentCsvExporter.HEADER);
                for (SegmentRow row : rows) {
                    printer.printRecord(SegmentCsvExporter.cells(row).stream().map(cell -> cell instanceof String t
                            && guard ? CsvCells.neutralise(t) : cell).toList());
                }
            }
            StringWriter out = new StringWriter();
            new SegmentCsvExporter(guard).write(rows, out);

            assertThat(out.toString()).isEqualTo(expected.toString());
        }
    }

    private static List<SegmentRow> readBack(Path file) throws Exception {
        List<SegmentRow> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(in, format)) {
            assertThat(parser.getHeaderNames()).isEqualTo(SegmentCsvExporter.HEADER);
            for (CSVRecord r : parser) {
                rows.add(new SegmentRow(Long.parseLong(r.get("segment_id")), Long.parseLong(r.get("document_id")),
                        orNull(r.get("title")), r.get("date").isEmpty() ? null : LocalDate.parse(r.get("date")),
                        DocumentType.parse(r.get("type")), orNull(r.get("actor")), orNull(r.get("scenario")),
                        Long.parseLong(r.get("code_id")), orNull(r.get("code")), orNull(r.get("frame")),
                        orNull(r.get("coder")), Integer.parseInt(r.get("start")), Integer.parseInt(r.get("end")),
                        orNull(r.get("text")), orNull(r.get("memo")),
                        r.get("created").isEmpty() ? null : Instant.parse(r.get("created")),
                        orNull(r.get("provenance"))));
            }
        }
        return rows;
    }

    private static String orNull(String cell) {
        return cell.isEmpty() ? null : cell;
    }
}
