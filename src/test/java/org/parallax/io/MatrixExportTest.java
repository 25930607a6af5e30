package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.model.Matrix;
import org.parallax.model.Matrix.RowKind;
import org.parallax.model.Matrix.Tally;

class MatrixExportTest {

    /** Realism (frame) with one code, against one scenario and "No scenario"; documents differ from passages. */
    private static final Matrix MATRIX = new Matrix(
            List.of(new Matrix.Row(RowKind.FRAME, 1, "Realism", -1, 0),
                    new Matrix.Row(RowKind.CODE, 101, "-Balance, of \"power\"", 0, 1)),
            List.of(new Matrix.Column(11L, "Institutionalized dialogue"), new Matrix.Column(null, "No scenario")),
            new Tally[] {new Tally(3, 2), new Tally(1, 1), new Tally(3, 2), new Tally(1, 1)},
            new long[][] {{5, 6, 7}, {9}, {5, 6, 7}, {9}},
            new Tally[] {new Tally(4, 3), new Tally(4, 3)},
            new Tally[] {new Tally(3, 2), new Tally(1, 1)},
            new Tally(4, 3));

    @TempDir
    Path dir;

    @Test
    void csvHasRowLabelsColumnLabelsPassageCountsAndTotals() throws Exception {
        Path file = dir.resolve("table1.csv");
        new MatrixCsvExporter(MatrixCsvExporter.Counts.PASSAGES, true).write(MATRIX, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(
                "Frame / indicator,Institutionalized dialogue,No scenario,Total\r\n"
                        + "Realism,3,1,4\r\n"
                        + "\"'-Balance, of \"\"power\"\"\",3,1,4\r\n"
                        + "Total,3,1,4\r\n");
    }

    /** The header names its columns in the window's words: Table 1's first column and "passages", never an empty cell. */
    @Test
    void csvCanCarryDocumentCountsBesidePassages() throws Exception {
        StringWriter both = new StringWriter();
        new MatrixCsvExporter(MatrixCsvExporter.Counts.BOTH, false).write(MATRIX, both);
        assertThat(both.toString()).startsWith("Frame / indicator,Institutionalized dialogue passages,Institutionalized dialogue documents,"
                        + "No scenario passages,No scenario documents,Total passages,Total documents\r\n")
                .contains("Realism,3,2,1,1,4,3\r\n")
                .contains("\"-Balance, of \"\"power\"\"\",3,2,1,1,4,3\r\n");
    }
}
