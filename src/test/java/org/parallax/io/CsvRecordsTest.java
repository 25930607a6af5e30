package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.junit.jupiter.api.Test;

/**
 * CsvRecords prints what Commons CSV's RFC 4180 format prints, to the byte: exports written before and after its own
 * quoting read the same in every spreadsheet and diff the same. Cells are drawn from the characters its quoting
 * decides on (delimiter, quote, line breaks, '#' and everything below it, spaces at either end) mixed with letters,
 * Cyrillic and a character outside the Basic Multilingual Plane.
 */
class CsvRecordsTest {
    private static final String[] PIECES = {",", "\"", "\r", "\n", "\r\n", " ", "\t", "#", "!", "$", "'", "=", "-",
        "a", "Z", "security council", "б", "Россия", "😀", "0", "12", "\u0000", "\u00a0", ";", "\\"};

    @Property(tries = 400)
    void printsWhatCommonsCsvPrints(@ForAll("records") List<List<String>> records) throws IOException {
        StringWriter expected = new StringWriter();
        CSVPrinter printer = new CSVPrinter(expected, CSVFormat.RFC4180);
        for (List<String> record : records) {
            printer.printRecord(record.toArray());
        }
        printer.flush();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvRecords toBytes = new CsvRecords(bytes);
        StringWriter text = new StringWriter();
        CsvRecords toText = new CsvRecords(text);
        for (List<String> record : records) {
            toBytes.print(record.toArray());
            toText.print(record.toArray());
        }
        toBytes.finish();
        toText.finish();

        assertThat(text.toString()).isEqualTo(expected.toString());
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Test
    void blocksLargerThanTheBufferArriveWholeAndInOrder() throws IOException {
        // Records beyond the 64 KiB block are handed on while printing; the file must hold every one once, in order.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        CsvRecords records = new CsvRecords(bytes);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            records.print(i, "Россия, \"row\" " + i, null);
            expected.append(i).append(",\"Россия, \"\"row\"\" ").append(i).append("\",\r\n");
        }
        records.finish();
        assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
    }

    @Provide
    Arbitrary<List<List<String>>> records() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> cell = Arbitraries.oneOf(piece.list().ofMaxSize(6).map(p -> String.join("", p)),
                Arbitraries.just("")).injectNull(0.15);
        return cell.list().ofMinSize(1).ofMaxSize(5).list().ofMinSize(1).ofMaxSize(6);
    }
}
