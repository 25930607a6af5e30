package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.UiFixture;

/** The window's import report shows warnings about imported documents. */
class ImportWarningsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void badUtf8ByteIsReportedAfterAnImportFromTheWindow() throws IOException {
        try (UiFixture fixture = UiFixture.open(dir)) {
            byte[] bytes = "Концепция внешней политики: диалог и сдерживание. ".repeat(4)
                    .getBytes(StandardCharsets.UTF_8);
            bytes[18] = (byte) 0xFF;
            Path file = Files.write(dir.resolve("concept.txt"), bytes);

            fixture.main.importer().importFiles(List.of(file));

            assertThat(fixture.dialogs.errors).isEmpty();
            assertThat(fixture.dialogs.informations).singleElement().asString()
                    .contains("1 warning about imported documents:")
                    .contains("concept.txt: not valid UTF-8 at byte 18 (counted from 0)")
                    .contains("1 document imported");
        }
    }
}
