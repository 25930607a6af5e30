package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfImportTest {
    private final DocumentReader reader = new DocumentReader();
    /** Article 5 of the North Atlantic Treaty, ASCII only, wrapped to fit a page. */
    private final List<String> article5 = Fixtures.wrap(CorpusFiles.paragraphs(CorpusFiles.TREATY_MD).stream()
            .filter(p -> p.startsWith("The Parties agree that an armed attack")).findFirst().orElseThrow(), 90);

    @TempDir
    Path dir;

    @Test
    void readsTextLinesOfGeneratedPdf() throws IOException {
        Path file = Fixtures.pdf(dir.resolve("article5.pdf"), article5);

        ImportedText imported = reader.read(file);

        assertThat(imported.text().strip()).isEqualTo(String.join("\n", article5));
        assertThat(imported.text()).contains("The Parties agree that an armed attack against one or more of them");
        assertThat(imported.title()).isEqualTo("article5");
        assertThat(imported.format()).isEqualTo("pdf");
        assertThat(imported.language()).isEqualTo("en");
    }

    @Test
    void usesDocumentInformationTitle() throws IOException {
        Path file = dir.resolve("titled.pdf");
        try (PDDocument doc = Fixtures.pdf(article5)) {
            doc.getDocumentInformation().setTitle("North Atlantic Treaty, Article 5");
            doc.save(file.toFile());
        }

        assertThat(reader.read(file).title()).isEqualTo("North Atlantic Treaty, Article 5");
    }

    @Test
    void passwordProtectedPdfIsReportedAsEncrypted() throws IOException {
        Path file = dir.resolve("secret.pdf");
        try (PDDocument doc = Fixtures.pdf(article5)) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("secret.pdf: encrypted PDF (needs a password)");
    }

    @Test
    void compressedStreamBombIsRefusedBeforeDecoding() throws IOException {
        Path file = dir.resolve("bomb.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDStream contents = new PDStream(doc);
            try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
                byte[] spaces = new byte[1 << 20];
                Arrays.fill(spaces, (byte) ' ');
                for (int i = 0; i < 20; i++) {
                    out.write(spaces);
                }
            }
            page.setContents(contents);
            doc.save(file.toFile());
        }
        assertThat(Files.size(file)).isLessThan(200_000);
        DocumentReader strict = new DocumentReader(ImportLimits.defaults(),
                ExtractionLimits.defaults().withMaxDecodedBytes(8L << 20));

        assertThatThrownBy(() -> strict.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("bomb.pdf: exceeds the extraction limit (8.0 MB decoded)");
    }

    @Test
    void pdfWithoutTextIsReportedAsScanned() throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.save(file.toFile());
        }

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("scan.pdf: no extractable text (scanned PDF?)");
    }

    @Test
    void truncatedPdfIsRejected() throws IOException {
        Path whole = Fixtures.pdf(dir.resolve("whole.pdf"), article5);
        Path half = Fixtures.truncated(whole, dir.resolve("half.pdf"));

        assertThatThrownBy(() -> reader.read(half)).isInstanceOf(ImportException.class)
                .hasMessage("half.pdf: damaged or truncated PDF (no end-of-file marker)");
    }

    @Test
    void docxNamedPdfIsRejected() throws IOException {
        Path docx = Fixtures.docx(dir.resolve("real.docx"), null, article5, null);
        Path named = Files.copy(docx, dir.resolve("fake.pdf"));

        assertThatThrownBy(() -> reader.read(named)).isInstanceOf(ImportException.class)
                .hasMessage("fake.pdf: not a PDF file (no %PDF header)");
    }

    @Test
    void pdfWithGarbageBodyIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("garbage.pdf"), "%PDF-1.7\nthis is not a PDF body at all\n%%EOF\n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("garbage.pdf: damaged PDF (");
    }
}
