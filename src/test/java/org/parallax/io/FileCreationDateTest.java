package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A DOCX's or PDF's creation date says when the file was made (notes on the 2002 Rome summit printed to
 * PDF today), so it is kept as the attribute "file created", never taken as the document's date.
 */
class FileCreationDateTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void aPdfsCreationDateIsAnAttributeNotTheDocumentsDate() throws IOException {
        ImportedText imported = reader.read(pdfCreated(dir.resolve("rome summit notes.pdf"), 2026, 12, 3));

        assertThat(imported.date()).isNull();
        assertThat(imported.attributes()).containsEntry(DocumentReader.FILE_CREATED, "2026-12-03");
    }

    @Test
    void theFileNamesDateIsTheDocumentsDateAndTheCreationDateStaysBesideIt() throws IOException {
        ImportedText imported = reader.read(pdfCreated(dir.resolve("2002-05-28_rome.pdf"), 2026, 12, 3));

        assertThat(imported.date()).isEqualTo(LocalDate.of(2002, 5, 28));
        assertThat(imported.attributes()).containsEntry(DocumentReader.FILE_CREATED, "2026-12-03");
    }

    @Test
    void aDocxsCreationDateIsAnAttributeNotTheDocumentsDate() throws IOException {
        Path file = dir.resolve("interview.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            doc.createParagraph().createRun().setText("We met in Rome on 28 May 2002.");
            doc.getProperties().getCoreProperties().getUnderlyingProperties()
                    .setCreatedProperty(Optional.of(calendar(2019, 3, 1).getTime()));
            doc.write(out);
        }

        ImportedText imported = reader.read(file);

        assertThat(imported.date()).isNull();
        assertThat(imported.attributes()).containsEntry(DocumentReader.FILE_CREATED, "2019-03-01");
    }

    private static Path pdfCreated(Path file, int year, int month, int day) throws IOException {
        try (PDDocument doc = Fixtures.pdf(List.of("The Rome summit of 28 May 2002 founded the NATO-Russia Council."))) {
            doc.getDocumentInformation().setCreationDate(calendar(year, month, day));
            doc.save(file.toFile());
        }
        return file;
    }

    private static Calendar calendar(int year, int month, int day) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.clear();
        calendar.set(year, month - 1, day, 12, 0);
        return calendar;
    }
}
