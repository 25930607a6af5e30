package org.parallax.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.workbench.Workbench;

/** A UTF-8 file with a bad byte is imported as UTF-8 and the command line says where the byte was. */
class ImportWarningsCliTest {
    @TempDir
    Path dir;

    @Test
    void badUtf8ByteIsImportedWithAWarningLine() throws IOException {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        byte[] bytes = "Концепция внешней политики: диалог и сдерживание. ".repeat(4).getBytes(StandardCharsets.UTF_8);
        bytes[18] = (byte) 0xFF;
        Path file = Files.write(dir.resolve("concept.txt"), bytes);

        Cli imported = Cli.parallax("import", project, file);

        assertThat(imported.exit()).isZero();
        assertThat(imported.out()).contains("1 imported, 0 duplicates, 0 failed");
        assertThat(imported.err().lines()).containsExactly(
                "warning: concept.txt: not valid UTF-8 at byte 18 (counted from 0), replaced by \uFFFD (U+FFFD)");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().text(1)).startsWith("Концепция\uFFFDвнешней политики");
        }
    }

    @Test
    void aTextWhoseEndACrashTurnedIntoZeroBytesIsImportedWithoutThemAndSaysSo() throws IOException {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        String text = "Выступление в Мюнхене: система коллективной безопасности. ".repeat(20);
        byte[] written = text.getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("munich.txt"), java.util.Arrays.copyOf(written, written.length + 4096));

        Cli imported = Cli.parallax("import", project, file);

        assertThat(imported.exit()).isZero();
        assertThat(imported.out()).contains("1 imported, 0 duplicates, 0 failed");
        assertThat(imported.err().lines()).containsExactly("warning: munich.txt: 4,096 zero bytes at its end were left "
                + "out (the end of a file that a crash or a full disk cut short?)");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().text(1)).isEqualTo(text);
        }
    }

    @Test
    void zeroBytesInsideATextStillMakeItBinary() throws IOException {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        byte[] bytes = "Plain words here\0and there.".getBytes(StandardCharsets.UTF_8);
        Path file = Files.write(dir.resolve("inside.bin.txt"), java.util.Arrays.copyOf(bytes, bytes.length + 64));

        Cli imported = Cli.parallax("import", project, file);

        assertThat(imported.exit()).isEqualTo(1);
        assertThat(imported.out()).contains("0 imported, 0 duplicates, 1 failed");
    }

    /**
     * A file named with a year alone (as "2007_UNGA62_general_debate…" is) was dated 1 January without a word, so a
     * September speech fell into the period before a February event; a date given in the metadata sheet or with
     * --date is exact and needs no warning, and a full date in the name none either.
     */
    @Test
    void aDateTakenFromAYearOrMonthAloneInTheFileNameIsTold() throws IOException {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Path year = Files.writeString(dir.resolve("2007_UNGA62_general_debate.txt"), "Statement at the debate.");
        Path month = Files.writeString(dir.resolve("2008-08 council.txt"), "The council did not meet.");
        Path full = Files.writeString(dir.resolve("2007-02-10_munich.txt"), "Speech at the conference.");
        Path given = Files.writeString(dir.resolve("2009_treaty_draft.txt"), "Draft security treaty.");
        Path sheet = Files.writeString(dir.resolve("meta.csv"), "file,date\n2009_treaty_draft.txt,2009-11-29\n");

        Cli imported = Cli.parallax("import", project, year, month, full, given, "--metadata", sheet);

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.err().lines()).containsExactly(
                "warning: 2007_UNGA62_general_debate.txt: dated 2007-01-01 from the year alone in its name; give "
                        + "its exact date (Details, --date or a metadata sheet) for the timeline and periods",
                "warning: 2008-08 council.txt: dated 2008-08-01 from the month alone in its name; give its exact "
                        + "date (Details, --date or a metadata sheet) for the timeline and periods");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).extracting(d -> String.valueOf(d.meta().date()))
                    .containsExactlyInAnyOrder("2007-01-01", "2008-08-01", "2007-02-10", "2009-11-29");
        }
    }
}
