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
        assertThat(imported.err().lines()).containsExactly("warning: munich.txt: 4096 zero bytes at its end were left "
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
}
