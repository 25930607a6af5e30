package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF of typed pages with scanned ones among them (a signed annex, a page photographed): the typed pages were
 * imported and the scanned ones left out without a word, so the document was coded as if it were whole. The import
 * names the pages that show only images; a PDF of images alone is refused, never stored as an empty document.
 */
class PdfScannedPagesTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void pagesOfImagesOnlyAmongTypedPagesAreNamedInAWarning() throws IOException {
        Path file = dir.resolve("minutes with annex.pdf");
        try (PDDocument doc = new PDDocument()) {
            typed(doc, "The Council met on 28 May 2002 in Rome.");
            scanned(doc);
            typed(doc, "The parties agreed to meet again in December.");
            scanned(doc);
            scanned(doc);
            scanned(doc);
            doc.save(file.toFile());
        }

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).contains("met on 28 May 2002 in Rome", "meet again in December");
        assertThat(imported.warnings()).containsExactly("minutes with annex.pdf: pages 2, 4\u20136 of 6 have no text, "
                + "only images (scanned?), so their words are not in the document; a PDF with a text layer (OCR, e.g. "
                + "ocrmypdf, or a scanner's searchable PDF) imports them");
    }

    @Test
    void aTypedPdfHasNoSuchWarning() throws IOException {
        Path file = dir.resolve("typed.pdf");
        try (PDDocument doc = new PDDocument()) {
            typed(doc, "The Council met on 28 May 2002 in Rome.");
            typed(doc, "The parties agreed to meet again in December.");
            doc.save(file.toFile());
        }

        assertThat(reader.read(file).warnings()).isEmpty();
    }

    @Test
    void aPdfOfImagesOnlyIsRefusedNotStoredEmpty() throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            scanned(doc);
            scanned(doc);
            doc.save(file.toFile());
        }

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("scan.pdf: no extractable text (scanned PDF?)");
    }

    @Test
    void scannedPagesWithAScannersStampOrTheirNumberAreNamedInAWarning() throws IOException {
        Path stamped = dir.resolve("camscanner.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                scanned(doc, "Scanned by CamScanner");
            }
            doc.save(stamped.toFile());
        }
        Path numbered = dir.resolve("annex.pdf");
        try (PDDocument doc = new PDDocument()) {
            typed(doc, "The Council met on 28 May 2002 in Rome.");
            scanned(doc, "2");
            scanned(doc, "3");
            doc.save(numbered.toFile());
        }

        assertThat(reader.read(stamped).warnings()).containsExactly("camscanner.pdf: pages 1\u20133 of 3 are a "
                + "picture of the page with only a short line of text on it (\"Scanned by CamScanner\"), as a scanner "
                + "stamps it, so the words of the picture are not in the document; a PDF with a text layer (OCR, e.g. "
                + "ocrmypdf, or a scanner's searchable PDF) imports them");
        assertThat(reader.read(numbered).warnings()).containsExactly("annex.pdf: pages 2, 3 of 3 are a picture of "
                + "the page with only a short line of text on it, as a scanner stamps it, so the words of the picture "
                + "are not in the document; a PDF with a text layer (OCR, e.g. ocrmypdf, or a scanner's searchable PDF) "
                + "imports them");
    }

    @Test
    void aSearchableScanAndAPageWithASmallPictureAndACaptionHaveNoSuchWarning() throws IOException {
        Path file = dir.resolve("report.pdf");
        try (PDDocument doc = new PDDocument()) {
            scanned(doc, "The Council met on 28 May 2002 in Rome, and the parties agreed to meet again.");
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(picture(doc), 72, 400, 200, 260);
                text(content, 72, 380, "Figure 1: the map");
            }
            doc.save(file.toFile());
        }

        assertThat(reader.read(file).warnings()).isEmpty();
    }

    private static void typed(PDDocument doc, String line) throws IOException {
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            text(content, 72, 700, line);
        }
    }

    /** A page as a scanner makes it: one picture of the page, no text. */
    private static void scanned(PDDocument doc) throws IOException {
        scanned(doc, null);
    }

    /** A page as a scanner makes it: one picture of the page, and {@code stamp} (if not null) as text at its foot. */
    private static void scanned(PDDocument doc, String stamp) throws IOException {
        PDImageXObject image = picture(doc);
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.drawImage(image, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            if (stamp != null) {
                text(content, 200, 20, stamp);
            }
        }
    }

    private static PDImageXObject picture(PDDocument doc) throws IOException {
        BufferedImage picture = new BufferedImage(200, 260, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 260);
        g.setColor(Color.BLACK);
        for (int y = 20; y < 240; y += 12) {
            g.fillRect(20, y, 160, 4);
        }
        g.dispose();
        return LosslessFactory.createFromImage(doc, picture);
    }

    private static void text(PDPageContentStream content, float x, float y, String line) throws IOException {
        content.beginText();
        content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
        content.newLineAtOffset(x, y);
        content.showText(line);
        content.endText();
    }
}
