package org.parallax.ui.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.ui.UiFixture;

/** The window's import says what it is importing, what came in, and reports warnings about imported documents. */
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

    @Test
    void aFolderAndAFileAreAnnouncedAsTheDocumentsFoundInThem() throws IOException {
        try (UiFixture fixture = UiFixture.open(dir)) {
            Path folder = Files.createDirectories(dir.resolve("minutes/2014"));
            for (String name : List.of("a.txt", "b.txt", "c.txt")) {
                Files.writeString(folder.resolve(name), "Minutes " + name + " of the council meeting.");
            }
            Path file = Files.writeString(dir.resolve("speech.txt"), "A speech on the partnership.");
            List<String> messages = new ArrayList<>();
            fixture.main.importer().messageProperty().addListener((o, was, now) -> messages.add(now));

            fixture.main.importer().importFiles(List.of(dir.resolve("minutes"), file));

            assertThat(messages).contains("Importing 4 documents…").doesNotContain("Importing 2 files…");
            assertThat(messages.get(messages.size() - 1)).isEqualTo("4 documents imported");
        }
    }

    @Test
    void aCleanImportSaysOnTheStatusBarHowManyDocumentsCameIn() throws IOException {
        try (UiFixture fixture = UiFixture.open(dir)) {
            Path first = Files.writeString(dir.resolve("readout.txt"), "A readout of the council meeting.");
            Path second = Files.writeString(dir.resolve("speech.txt"), "A speech on the partnership.");

            fixture.main.importer().importFiles(List.of(first, second));
            assertThat(fixture.main.status().lastResultProperty().get()).isEqualTo("2 documents imported");

            // The same words again are news again: the line is said once more, not left as it was.
            fixture.main.status().userActed();
            Path third = Files.writeString(dir.resolve("minutes.txt"), "Minutes of the first meeting.");
            Path fourth = Files.writeString(dir.resolve("memo.txt"), "A memo on the exercise.");
            fixture.main.importer().importFiles(List.of(third, fourth));

            assertThat(fixture.dialogs.informations).isEmpty();
            assertThat(fixture.main.status().lastResultProperty().get()).isEqualTo("2 documents imported");
        }
    }
}
