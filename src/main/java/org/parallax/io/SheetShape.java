package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Whether a sheet's first rows have the shape of coded passages, whatever language its header is in: a column of
 * quotations (several words in nearly every row) beside columns of short names that repeat from row to row (the code,
 * the document, the coder). A sheet of document details names one document a row, so its column of names does not
 * repeat, even when it holds a column of summaries; a codebook names one code a row. Read from at most the first 64 KB,
 * as the header is ({@link FirstLine}).
 */
final class SheetShape {
    /**
     * Two rows tell names that repeat (one document, one code) from names that do not (two documents' details); a
     * sheet of two passages was sent to {@code --metadata} when three were needed. One row tells nothing.
     */
    private static final int MIN_ROWS = 2;
    private static final int MAX_ROWS = 200;
    /** Words a quotation has on average: a code, a document's name or a coder's has fewer. */
    private static final double QUOTATION_WORDS = 6;
    private static final double NAME_WORDS = 4;
    /** Of the rows a column that says something fills: a memo or comment column, mostly empty, says nothing here. */
    private static final double FILLED = 0.8;

    private SheetShape() {
    }

    /** Whether {@code file}, whose header {@code header} is, reads as coded passages by the shape of its rows. */
    static boolean codedPassages(Path file, String header) {
        List<List<String>> rows = rows(file, header);
        if (rows.size() < MIN_ROWS) {
            return false;
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        boolean quotations = false;
        boolean names = false;
        for (int c = 0; c < columns; c++) {
            Column column = Column.of(rows, c);
            if (column.filled() < FILLED * rows.size() || !column.lettered()) {
                continue;
            }
            if (column.averageWords() >= QUOTATION_WORDS) {
                quotations = true;
            } else if (column.averageWords() <= NAME_WORDS) {
                if (column.distinct() == column.filled()) {
                    return false;
                }
                names = true;
            }
        }
        return quotations && names;
    }

    /** The data rows of the file's first 64 KB, up to its last line end when the file goes on. */
    private static List<List<String>> rows(Path file, String header) {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(FirstLine.MAX_BYTES);
        } catch (IOException e) {
            return List.of();
        }
        if (head.length == FirstLine.MAX_BYTES) {
            // Cut at a line end, not inside a row nor inside a character of UTF-8.
            int end = head.length;
            while (end > 0 && head[end - 1] != '\n') {
                end--;
            }
            // in UTF-16 little-endian the line feed's zero byte follows it
            head = Arrays.copyOf(head, end > 0 && end < head.length && head[end] == 0 ? end + 1 : end);
        }
        String text;
        try {
            text = TextNormalizer.normalize(TextFileDecoder.decode(file, head).text());
        } catch (ImportException e) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(header)).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() == MAX_ROWS) {
                    break;
                }
                if (record.getRecordNumber() > 1) {
                    rows.add(record.toList());
                }
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            // A quote the cut left open, or one the sheet never closes: the rows read so far are its shape.
        }
        return rows;
    }

    /** The header's most frequent separator of those {@link SheetGivenAsDocument} splits it by. */
    private static char delimiter(String header) {
        char best = ',';
        long most = 0;
        for (char d : new char[] {',', ';', '\t'}) {
            long n = header.chars().filter(ch -> ch == d).count();
            if (n > most) {
                best = d;
                most = n;
            }
        }
        return best;
    }

    /** One column of the rows: how many cells are filled, how many differ, their words on average. */
    private record Column(int filled, int distinct, double averageWords, boolean lettered) {
        static Column of(List<List<String>> rows, int index) {
            int filled = 0;
            long words = 0;
            int lettered = 0;
            Set<String> values = new HashSet<>();
            for (List<String> row : rows) {
                String cell = index < row.size() ? row.get(index).strip() : "";
                if (cell.isEmpty()) {
                    continue;
                }
                filled++;
                values.add(cell);
                words += cell.split("\\s+").length;
                if (cell.codePoints().anyMatch(Character::isLetter)) {
                    lettered++;
                }
            }
            return new Column(filled, values.size(), filled == 0 ? 0 : (double) words / filled,
                    filled > 0 && lettered * 2 > filled);
        }
    }
}
