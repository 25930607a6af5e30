package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocxImportTest {
    private static final String[][] TABLE = {{"Article 5", "collective defence"}, {"Article 10", "accession"}};

    private final DocumentReader reader = new DocumentReader();
    private final List<String> treaty = CorpusFiles.paragraphs(CorpusFiles.TREATY_MD).subList(1, 4);

    @TempDir
    Path dir;

    @Test
    void readsParagraphsAndTableCellsInOrderWithABlankLineBetween() throws IOException {
        Path file = Fixtures.docx(dir.resolve("treaty.docx"), "North Atlantic Treaty", treaty, TABLE);

        ImportedText imported = reader.read(file);

        String expected = String.join("\n\n", treaty)
                + "\n\nArticle 5\n\ncollective defence\n\nArticle 10\n\naccession\n";
        assertThat(imported.text()).isEqualTo(expected);
        assertThat(imported.title()).isEqualTo("North Atlantic Treaty");
        assertThat(imported.format()).isEqualTo("docx");
        assertThat(imported.language()).isEqualTo("en");
    }

    @Test
    void readsRussianDocxAndFallsBackToTheFileNameAsTitle() throws IOException {
        List<String> russian = CorpusFiles.paragraphs(CorpusFiles.RUSSIAN);
        Path file = Fixtures.docx(dir.resolve("concept.DOCX"), null, russian, null);

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo(String.join("\n\n", russian) + "\n");
        assertThat(imported.language()).isEqualTo("ru");
        assertThat(imported.title()).isEqualTo("concept");
    }

    /**
     * A text box (a sidebar, a pull quote) was left out of the imported text without a word: POI's paragraph text
     * has none of it. Word writes each box twice (a drawing, and a fallback picture for older readers): it comes in
     * once, after the paragraph that holds it. Tracked changes read as accepted: the deleted words stay out.
     */
    @Test
    void readsTextBoxesOnceAfterTheirParagraphAndLeavesOutTrackedDeletions() throws IOException {
        Path plain = Fixtures.docx(dir.resolve("plain.docx"), null, List.of("Second paragraph."), null);
        String box = "<w:txbxContent><w:p><w:r><w:t>Sidebar: the Council met</w:t></w:r><w:r><w:t xml:space=\"preserve\">"
                + " twice.</w:t></w:r></w:p><w:p><w:r><w:t>Source: communiqué.</w:t></w:r></w:p></w:txbxContent>";
        String first = "<w:p><w:r><w:t xml:space=\"preserve\">NATO </w:t></w:r><w:del w:id=\"1\" w:author=\"Ed\">"
                + "<w:r><w:delText>threatens</w:delText></w:r></w:del><w:ins w:id=\"2\" w:author=\"Ed\"><w:r>"
                + "<w:t xml:space=\"preserve\">reassures </w:t></w:r></w:ins><w:r><w:t>Russia.</w:t></w:r><w:r>"
                + "<mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                + "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><mc:Choice "
                + "Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></w:drawing>"
                + "</mc:Choice><mc:Fallback><w:pict><w:txbxContent><w:p><w:r><w:t>Sidebar: the Council met twice."
                + "</w:t></w:r></w:p></w:txbxContent></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        Path file = dir.resolve("boxed.docx");
        try (ZipFile in = new ZipFile(plain.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int body = xml.indexOf('>', xml.indexOf("<w:body")) + 1;
                    bytes = (xml.substring(0, body) + first + xml.substring(body)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo("NATO reassures Russia.\n\nSidebar: the Council met twice.\n\n"
                + "Source: communiqué.\n\nSecond paragraph.\n");
    }

    /**
     * A sentence moved in revision (Word's {@code w:moveFrom} at the old place, {@code w:moveTo} at the new) came in
     * twice; a part Word pulls in from another format ({@code w:altChunk}) was left out without a word.
     */
    @Test
    void aMovedSentenceComesInOnceAtItsNewPlaceAndAnAltChunkIsNamed() throws IOException {
        Path plain = Fixtures.docx(dir.resolve("plain.docx"), null, List.of("Second paragraph."), null);
        String change = "w:author=\"Ed\" w:date=\"2024-01-01T00:00:00Z\"";
        String body = "<w:p><w:r><w:t xml:space=\"preserve\">Kept. </w:t></w:r><w:moveFrom w:id=\"1\" " + change
                + "><w:r><w:t>Moved sentence.</w:t></w:r></w:moveFrom><w:r><w:t xml:space=\"preserve\"> Rest.</w:t>"
                + "</w:r></w:p><w:p><w:r><w:t xml:space=\"preserve\">New place: </w:t></w:r><w:moveTo w:id=\"2\" "
                + change + "><w:r><w:t>Moved sentence.</w:t></w:r></w:moveTo></w:p><w:altChunk r:id=\"rId99\" "
                + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"/>";
        Path file = dir.resolve("moved.docx");
        try (ZipFile in = new ZipFile(plain.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals("word/document.xml")) {
                    String xml = new String(bytes, StandardCharsets.UTF_8);
                    int start = xml.indexOf('>', xml.indexOf("<w:body")) + 1;
                    bytes = (xml.substring(0, start) + body + xml.substring(start)).getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo("Kept.  Rest.\n\nNew place: Moved sentence.\n\nSecond paragraph.\n");
        assertThat(imported.warnings()).containsExactly("moved.docx: 1 part in another format (w:altChunk, which "
                + "Word merges into the text when it opens the file) was not imported; open the file in Word and save "
                + "it again to import all of its text");
    }

    @Test
    void truncatedDocxIsRejected() throws IOException {
        Path whole = Fixtures.docx(dir.resolve("whole.docx"), null, treaty, TABLE);
        Path half = Fixtures.truncated(whole, dir.resolve("half.docx"));

        assertThatThrownBy(() -> reader.read(half)).isInstanceOf(ImportException.class)
                .hasMessage("half.docx: damaged or truncated DOCX file (unreadable zip archive)");
    }

    @Test
    void pdfNamedDocxIsRejected() throws IOException {
        Path pdf = Fixtures.pdf(dir.resolve("real.pdf"), List.of("The Parties to this Treaty"));
        Path named = Files.copy(pdf, dir.resolve("fake.docx"));

        assertThatThrownBy(() -> reader.read(named)).isInstanceOf(ImportException.class)
                .hasMessage("fake.docx: is a PDF file with a .docx name; rename it to .pdf to import it");
    }

    @Test
    void zipBombFailsFastWithClearReason() throws IOException {
        Path bomb = Fixtures.zipBomb(dir.resolve("bomb.docx"), "word/document.xml");
        assertThat(Files.size(bomb)).isLessThan(2_000_000);

        assertThatThrownBy(() -> reader.read(bomb)).isInstanceOf(ImportException.class)
                .hasMessage("bomb.docx: zip archive unpacks to more than 256.0 MB, the import limit (zip bomb?)");
    }

    @Test
    void highlyCompressedEntryIsRefusedEvenBelowTheSizeLimit() throws IOException {
        Path bomb = dir.resolve("ratio.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(new byte[40 << 20]);
            zip.closeEntry();
        }

        assertThatThrownBy(() -> reader.read(bomb)).isInstanceOf(ImportException.class)
                .hasMessage("ratio.docx: zip entry 'word/document.xml' is compressed more than 100 to 1 (zip bomb?)");
    }

    @Test
    void compressionRatioIsCheckedOnActualBytesWhenTheDirectoryLies() throws IOException {
        Path bomb = dir.resolve("liar.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(bomb))) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(new byte[40 << 20]);
            zip.closeEntry();
        }
        declareUncompressedSize(bomb, 1000);
        try (ZipFile patched = new ZipFile(bomb.toFile())) {
            assertThat(patched.getEntry("word/document.xml").getSize()).isEqualTo(1000);
        }

        assertThatThrownBy(() -> reader.read(bomb)).isInstanceOf(ImportException.class)
                .hasMessage("liar.docx: zip entry 'word/document.xml' is compressed more than 100 to 1 (zip bomb?)");
    }

    @Test
    void aGenuineButVeryRepetitiveDocumentIsImportedWhole() throws IOException {
        Path docx = dir.resolve("yeses.docx");
        int paragraphs = 400_000;
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                    + "application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                    + "word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
                    + "openxmlformats.org/wordprocessingml/2006/main\"><w:body>").getBytes(StandardCharsets.UTF_8));
            byte[] paragraph = "<w:p><w:r><w:t>Yes.</w:t></w:r></w:p>".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < paragraphs; i++) {
                zip.write(paragraph);
            }
            zip.write("<w:p><w:r><w:t>The end.</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        try (ZipFile written = new ZipFile(docx.toFile())) {
            ZipEntry body = written.getEntry("word/document.xml");
            assertThat(body.getSize() / body.getCompressedSize()).as("compressed more than 100 to 1").isGreaterThan(100);
        }

        // What this pins is that the ratio check lets a genuine document through, not the clock: the 400,000
        // paragraphs passed the 60 s extraction limit once on a machine at load 35, so the clock is set far off here.
        DocumentReader patient = new DocumentReader(ImportLimits.defaults(),
                ExtractionLimits.defaults().withMaxTime(Duration.ofMinutes(10)));
        String text = patient.read(docx).text();

        assertThat(text.lines().filter("Yes."::equals).count()).isEqualTo(paragraphs);
        assertThat(text).contains("The end.");
    }

    @Test
    void zipThatIsNoWordDocumentIsRejected() throws IOException {
        Path zip = dir.resolve("archive.docx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readout.txt"));
            out.write(CorpusFiles.text(CorpusFiles.KREMLIN_READOUT).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }

        assertThatThrownBy(() -> reader.read(zip)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("archive.docx: not a DOCX file (");
    }

    @Test
    void tooManyZipEntriesAreRefused() throws IOException {
        Path many = dir.resolve("many.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(many))) {
            for (int i = 0; i < 11; i++) {
                zip.putNextEntry(new ZipEntry("part" + i + ".xml"));
                zip.closeEntry();
            }
        }
        DocumentReader strict = new DocumentReader(new ImportLimits(64L << 20, 10, 256L << 20, 100));

        assertThatThrownBy(() -> strict.read(many)).isInstanceOf(ImportException.class)
                .hasMessage("many.docx: zip archive has 11 entries, more than the limit of 10 (zip bomb?)");
    }

    @Test
    void externalEntityIsNeverExpanded() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-INTERVIEWEE-NAME");
        Path clean = Fixtures.docx(dir.resolve("clean.docx"), null, treaty, null);
        Path xxe = dir.resolve("xxe.docx");
        String doctype = "<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        rewriteDocumentXml(clean, xxe, xml -> xml
                .replaceFirst("\\?>", "?>" + doctype)
                .replaceFirst("<w:t>", "<w:t>&xxe;"));

        assertThatThrownBy(() -> reader.read(xxe)).isInstanceOf(ImportException.class)
                .hasMessage("xxe.docx: damaged DOCX file (contains a DOCTYPE declaration, refused for safety)");
    }

    /**
     * Properties (docProps/core.xml: title, dates) that declare entities: POI refuses the DOCTYPE and drops them, so
     * the document came in under its file name with no word of why. The entities stay refused, the body is
     * imported, and one line says the properties were not read and why.
     */
    @Test
    void propertiesWithAnExternalEntityAreNotReadAndSaySoWhileTheBodyImports() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-INTERVIEWEE-NAME");
        Path clean = Fixtures.docx(dir.resolve("clean.docx"), "Interview with a diplomat",
                List.of("The first paragraph of the interview.", "The second one."), null);
        Path xxe = dir.resolve("interview_3.docx");
        String doctype = "<!DOCTYPE cp:coreProperties [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        rewriteEntry(clean, xxe, "docProps/core.xml", xml -> xml.replaceFirst("\\?>", "?>" + doctype)
                .replace("Interview with a diplomat", "&xxe;"));

        ImportedText imported = reader.read(xxe);

        assertThat(imported.text()).isEqualTo("The first paragraph of the interview.\n\nThe second one.\n");
        assertThat(imported.title()).isEqualTo("interview 3");
        assertThat(imported.warnings()).containsExactly("interview_3.docx: its properties (docProps/core.xml, "
                + "with its title and date) were not read: they contain a DOCTYPE declaration, refused for safety; "
                + "the title is taken from the file name");
        assertThat(reader.read(clean)).satisfies(c -> assertThat(c.title()).isEqualTo("Interview with a diplomat"))
                .satisfies(c -> assertThat(c.warnings()).isEmpty());
        assertThat(String.join(" ", imported.warnings()) + imported.title() + imported.text())
                .doesNotContain("TOP-SECRET");
    }

    /** Overwrites the uncompressed size in the zip's central directory (signature PK 1 2, size at +24). */
    private static void declareUncompressedSize(Path zip, int size) throws IOException {
        byte[] bytes = Files.readAllBytes(zip);
        for (int i = bytes.length - 46; i >= 0; i--) {
            if (bytes[i] == 'P' && bytes[i + 1] == 'K' && bytes[i + 2] == 1 && bytes[i + 3] == 2) {
                java.nio.ByteBuffer.wrap(bytes, i + 24, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).putInt(size);
                Files.write(zip, bytes);
                return;
            }
        }
        throw new IllegalStateException("no central directory in " + zip);
    }

    private static void rewriteDocumentXml(Path source, Path target, java.util.function.UnaryOperator<String> edit)
            throws IOException {
        rewriteEntry(source, target, "word/document.xml", edit);
    }

    private static void rewriteEntry(Path source, Path target, String entryName,
                                     java.util.function.UnaryOperator<String> edit) throws IOException {
        try (ZipFile in = new ZipFile(source.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] bytes = in.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(entryName)) {
                    String xml = edit.apply(new String(bytes, StandardCharsets.UTF_8));
                    assertThat(xml).contains("<!DOCTYPE", "&xxe;");
                    bytes = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
    }
}
