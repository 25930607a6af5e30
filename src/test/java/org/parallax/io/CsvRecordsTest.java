package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;
import org.parallax.model.DocumentType;

/**
 * The exports' own RFC 4180 printer against Commons CSV, which printed them before: every byte must stay the same,
 * for cells built to hit each quoting rule (empty first cells, leading and trailing control characters, quotes,
 * delimiters, line breaks, NUL, formula starts, characters outside the Basic Multilingual Plane).
 */
class CsvRecordsTest {
    private static final String[] PIECES = {"", "a", "Russia", " ", "\t", "\r", "\n", "\r\n", "\0", "\u0001", "!",
        "\"", "#", "$", "'", ",", ";", "=", "+", "-", "@", "é", "Ж", "€", "\uD83D\uDE00", "\u00A0", "\u2028", "x y",
        "\"\"", "#!", "\u007F"};

    @Test
    void printsEveryCellAsCommonsCsvDid() throws Exception {
        Random random = new Random(20_261_202L);
        for (int round = 0; round < 400; round++) {
            List<Object[]> records = new ArrayList<>();
            for (int r = 0; r < 50; r++) {
                Object[] cells = new Object[1 + random.nextInt(5)];
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = random.nextInt(8) == 0 ? null : cell(random);
                }
                records.add(cells);
            }
            StringBuilder expected = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(expected, CSVFormat.RFC4180)) {
                for (Object[] cells : records) {
                    printer.printRecord(cells);
                }
            }
            StringWriter actual = new StringWriter();
            CsvRecords printer = new CsvRecords(actual);
            for (Object[] cells : records) {
                printer.print(cells);
            }
            printer.finish();
            assertThat(actual.toString()).isEqualTo(expected.toString());
        }
    }

    @Test
    void aRangeOfATextPrintsAsItsSubstringNeutralisedOrNot() throws Exception {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            String text = cell(random) + cell(random) + cell(random);
            int start = random.nextInt(text.length() + 1);
            int end = start + random.nextInt(text.length() - start + 1);
            boolean neutralise = random.nextBoolean();
            boolean leading = random.nextBoolean();
            String cell = text.substring(start, end);
            StringBuilder expected = new StringBuilder();
            try (CSVPrinter printer = new CSVPrinter(expected, CSVFormat.RFC4180)) {
                Object guarded = neutralise ? CsvCells.neutralise(cell) : cell;
                printer.printRecord(leading ? new Object[] {"id", guarded} : new Object[] {guarded});
            }
            StringWriter actual = new StringWriter();
            CsvRecords printer = new CsvRecords(actual);
            if (leading) {
                printer.cell("id");
            }
            printer.cell(text, start, end, neutralise);
            printer.endRecord();
            printer.finish();
            assertThat(actual.toString()).as("[%d, %d) of %s", start, end, text).isEqualTo(expected.toString());
        }
    }

    @Test
    void theSegmentExportIsByteForByteWhatCommonsCsvPrinted() throws Exception {
        Random random = new Random(11);
        List<SegmentRow> rows = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            rows.add(new SegmentRow(i, random.nextInt(100), cell(random), random.nextBoolean() ? null
                    : LocalDate.of(1990 + random.nextInt(30), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    random.nextBoolean() ? null : DocumentType.values()[random.nextInt(DocumentType.values().length)],
                    orNull(random), orNull(random), random.nextInt(30), cell(random), orNull(random), cell(random),
                    random.nextInt(1000), 1000 + random.nextInt(1000), cell(random) + " " + cell(random),
                    orNull(random), random.nextInt(4) == 0 ? null : Instant.ofEpochSecond(1_700_000_000L
                            + random.nextInt(3)), orNull(random)));
        }
        for (boolean neutralise : new boolean[] {true, false}) {
            StringWriter actual = new StringWriter();
            new SegmentCsvExporter(neutralise).write(rows, actual);
            assertThat(actual.toString()).isEqualTo(commonsCsv(rows, neutralise));
        }
    }

    /** How the passages export printed its rows with Commons CSV before it had its own printer. */
    private static String commonsCsv(List<SegmentRow> rows, boolean neutralise) throws Exception {
        StringBuilder out = new StringBuilder();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader(SegmentCsvExporter.HEADER.toArray(String[]::new))
                .build();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (SegmentRow row : rows) {
                List<Object> cells = new ArrayList<>();
                for (Object cell : SegmentCsvExporter.cells(row)) {
                    cells.add(cell instanceof String t ? (neutralise ? CsvCells.neutralise(t) : t) : cell == null
                            ? null : cell.toString());
                }
                printer.printRecord(cells);
            }
        }
        return out.toString();
    }

    private static String orNull(Random random) {
        return random.nextInt(3) == 0 ? null : cell(random);
    }

    private static String cell(Random random) {
        StringBuilder cell = new StringBuilder();
        int pieces = random.nextInt(4);
        for (int i = 0; i < pieces; i++) {
            cell.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return cell.toString();
    }
}
