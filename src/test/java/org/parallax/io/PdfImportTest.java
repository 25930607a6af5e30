package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PdfImportTest {
    private final DocumentReader reader = new DocumentReader();
    /** Article 5 of the North Atlantic Treaty, ASCII only, wrapped to fit a page. */
    private final List<String> article5 = Fixtures.wrap(CorpusFiles.paragraphs(CorpusFiles.TREATY_MD).stream()
            .filter(p -> p.startsWith("The Parties agree that an armed attack")).findFirst().orElseThrow(), 90);

    private final List<String> treaty = CorpusFiles.paragraphs(CorpusFiles.TREATY_MD);

    @TempDir
    Path dir;

    /** The text of an article of the North Atlantic Treaty. */
    private String article(int number) {
        int heading = treaty.indexOf("###Article " + number + " ");
        return treaty.get(heading + 1);
    }

    @Test
    void readsTheLinesOfAParagraphAsOneLine() throws IOException {
        Path file = Fixtures.pdf(dir.resolve("article5.pdf"), article5);

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo(String.join(" ", article5));
        assertThat(imported.text()).contains("The Parties agree that an armed attack against one or more of them");
        assertThat(imported.title()).isEqualTo("article5");
        assertThat(imported.format()).isEqualTo("pdf");
        assertThat(imported.language()).isEqualTo("en");
    }

    @Test
    void paragraphsAreSeparatedByABlankLine() throws IOException {
        List<String> articles = List.of(article(1), article(2), article(3));
        List<String> lines = new ArrayList<>();
        for (String article : articles) {
            lines.addAll(Fixtures.wrap(article, 90));
            lines.add("");
        }
        Path file = Fixtures.pdf(dir.resolve("articles.pdf"), lines);

        assertThat(reader.read(file).text()).isEqualTo(String.join("\n\n", articles));
    }

    /**
     * A word processor's PDF breaks a line after a hyphen only in a compound: "self-help" stays, while
     * "inter-" / "national" joins because the document writes "international" elsewhere.
     */
    @Test
    void lineEndHyphenStaysInACompoundAndGoesWhereTheDocumentWritesTheWordWhole() throws IOException {
        List<String> lines = new ArrayList<>(Fixtures.wrapWithBreaks(article(1), 90, "inter|national"));
        lines.add("");
        lines.addAll(Fixtures.wrap(article(2), 90));
        lines.add("");
        lines.addAll(Fixtures.wrapWithBreaks(article(3), 90, "self-|help"));
        Path file = Fixtures.pdf(dir.resolve("hyphens.pdf"), lines);

        String text = reader.read(file).text();

        assertThat(lines).anyMatch(l -> l.endsWith("inter-")).anyMatch(l -> l.endsWith(" self-"));
        assertThat(text).isEqualTo(String.join("\n\n", article(1), article(2), article(3)));
    }

    /** A typeset PDF breaks words at line ends often; without other evidence the hyphen goes. */
    @Test
    void lineEndHyphenOfAHyphenatingDocumentGoes() throws IOException {
        List<String> lines = Fixtures.wrapWithBreaks(article(5), 70, "con|sidered", "indi|vidually",
                "nec|essary", "re|store");
        Path file = Fixtures.pdf(dir.resolve("typeset.pdf"), lines);

        assertThat(lines.stream().filter(l -> l.endsWith("-")).count()).isEqualTo(4);
        assertThat(reader.read(file).text()).isEqualTo(article(5));
    }

    /**
     * Three pages under a running header with the numbers a journal prints (117–119): header and numbers
     * leave the text, a paragraph cut by a page break stays one paragraph, and "[p. 118]" marks where the
     * page begins (docs/decisions/0020-pdf-page-markers.md).
     */
    @Test
    void runningHeaderAndPageNumbersLeaveAndPageMarkersStay() throws IOException {
        List<String> article4 = Fixtures.wrap(article(4), 90);
        List<String> article5 = Fixtures.wrap(article(5), 90);
        List<String> page1 = new ArrayList<>(Fixtures.wrap(article(1), 90));
        page1.add("");
        page1.addAll(article4);
        page1.add("");
        page1.addAll(article5.subList(0, 4));
        List<String> page2 = new ArrayList<>(article5.subList(4, article5.size()));
        List<String> page3 = Fixtures.wrap(article(6), 90);
        Path file = Fixtures.pdfPages(dir.resolve("journal.pdf"), null, List.of(page1, page2, page3),
                "NORTH ATLANTIC TREATY", n -> String.valueOf(116 + n));

        String text = reader.read(file).text();

        String cut = String.join(" ", article5.subList(0, 4));
        assertThat(article5.get(4)).doesNotStartWith(" ");
        assertThat(text).isEqualTo("[p. 117]\n\n" + article(1) + "\n\n" + article(4) + "\n\n"
                + cut + " [p. 118] " + article(5).substring(cut.length() + 1) + "\n\n[p. 119]\n\n" + article(6));
    }

    /**
     * A Russian PDF typeset over two pages (src/test/resources/pdf/concept_ru.pdf, {@link RussianPdf}):
     * Cyrillic words broken at line ends join ("между-" / "народных", "жизне-" / "деятельности"), the
     * compound "научно-" / "технического" keeps its hyphen beside "научно-технические", and the header and
     * "- 1 -" leave the text.
     */
    @Test
    void russianPdfReadsAsItsParagraphs() throws Exception {
        Path file = Files.copy(Path.of(PdfImportTest.class.getResource(RussianPdf.RESOURCE).toURI()),
                dir.resolve("concept_ru.pdf"));
        List<String> paragraphs = RussianPdf.paragraphs();
        String lastOnFirstPage = RussianPdf.secondParagraphLines().get(RussianPdf.FIRST_PAGE_LINES - 1);
        int cut = paragraphs.get(1).indexOf(lastOnFirstPage) + lastOnFirstPage.length();

        ImportedText imported = reader.read(file);

        assertThat(printedLines(file)).containsAll(RussianPdf.pages().stream().flatMap(List::stream)
                .filter(l -> !l.isEmpty()).toList()).contains(RussianPdf.HEADER, "- 1 -")
                .anyMatch(l -> l.endsWith(" между-")).anyMatch(l -> l.endsWith(" научно-"));
        assertThat(imported.language()).isEqualTo("ru");
        assertThat(imported.text()).isEqualTo(paragraphs.get(0) + "\n\n"
                + paragraphs.get(1).substring(0, cut) + " [p. 2]" + paragraphs.get(1).substring(cut) + "\n\n"
                + paragraphs.get(2));
    }

    /** The lines PDFBox reads off the pages, one by one. */
    private static List<String> printedLines(Path file) throws IOException {
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc).lines().map(String::strip).toList();
        }
    }

    /**
     * LibreOffice (like Word's "Save as PDF") sets a heading and list items closer to their neighbours than PDFBox's
     * paragraph gap and draws bullets from a symbol font whose private-use code point (U+F0B7) shows as a box:
     * the heading ran into the first paragraph and the list became one line of boxes
     * (src/test/resources/pdf/libreoffice_list.pdf). An item's second line, set left of its first, stays in the item.
     */
    @Test
    void headingsAndListItemsOfALibreOfficePdfStandApartWithTheirBullets() throws Exception {
        assertThat(fixtureText("libreoffice_list.pdf")).isEqualTo(String.join("\n\n", "Notes on a summit",
                "The delegations met in the morning and agreed on an agenda of three items.",
                "• Arms control talks", "• A joint council", "• Crisis hotlines between the two capitals, to be tested every "
                        + "month by the duty officers of both sides and reported to the council", "Afternoon session",
                "The second session reviewed the hotlines and closed at five."));
    }

    /**
     * A numbered list from LibreOffice (Word's PDFs set it alike) came in as one paragraph ("1. Adoption of the agenda
     * 2. Report …"), and the last item's second line, set left of its first, as a paragraph of its own: a sentence cut
     * in two (src/test/resources/pdf/libreoffice_numbered.pdf).
     */
    @Test
    void numberedItemsOfALibreOfficePdfStandApartAndKeepTheirSecondLines() throws Exception {
        assertThat(fixtureText("libreoffice_numbered.pdf")).isEqualTo(String.join("\n\n", "Minutes of the council",
                "The council met on 12 May and took up the agenda the chairs had sent round the week before.",
                "1. Adoption of the agenda", "2. Report of the working group on crisis consultations",
                "3. Exercises announced for the coming year, with the notice each side gives the other and the "
                        + "observers it invites to them", "Decisions",
                "The council adopted the report and asked the working group to meet again in the autumn."));
    }

    /** A line of prose that wraps before a number ("Article" / "5. The parties") stays in its sentence. */
    @Test
    void aWrappedLineBeginningWithANumberStaysInItsSentence() throws Exception {
        Path file = Fixtures.pdf(dir.resolve("wrapped.pdf"), List.of("The ministers recalled the duty set out in Article",
                "5. The parties agreed to consult whenever one of them saw its security threatened."));

        assertThat(reader.read(file).text()).isEqualTo("The ministers recalled the duty set out in Article 5. The "
                + "parties agreed to consult whenever one of them saw its security threatened.");
    }

    /**
     * A heading set bold in the body's size, as Word's "Normal" style with bold text and no space after it prints: it
     * ran into the paragraph under it ("Background The delegations met …"). A bold phrase that wraps into plain text
     * stays in its sentence.
     */
    @Test
    void aBoldHeadingInTheBodysSizeStandsApartFromItsText() throws Exception {
        Path file = dir.resolve("bold.pdf");
        PDType1Font plain = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setLeading(14);
                content.newLineAtOffset(50, 740);
                for (String[] line : new String[][] {{"b", "Background"},
                        {"p", "The delegations met in the morning and agreed on an agenda."},
                        {"b", "The ministers spoke of a new council, a forum in which all of the allies and"},
                        {"p", "Russia would sit as equals."}}) {
                    content.setFont(line[0].equals("b") ? bold : plain, 10);
                    content.showText(line[1]);
                    content.newLine();
                }
                content.endText();
            }
            doc.save(file.toFile());
        }

        assertThat(reader.read(file).text()).isEqualTo("Background\n\nThe delegations met in the morning and agreed "
                + "on an agenda. The ministers spoke of a new council, a forum in which all of the allies and Russia "
                + "would sit as equals.");
    }

    /** The text imported from a PDF in src/test/resources/pdf/ (copied into the test's folder first). */
    private String fixtureText(String name) throws Exception {
        Path file = Files.copy(Path.of(PdfImportTest.class.getResource("/pdf/" + name).toURI()), dir.resolve(name));
        return reader.read(file).text();
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
    void aPageTreeLeadingBackIntoItselfIsCalledDamagedNotScanned() throws IOException {
        Path file = dir.resolve("looping.pdf");
        try (PDDocument doc = Fixtures.pdf(article5)) {
            // The root's only kid is a node whose only kid is the root: the page with the text cannot be reached.
            COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
            COSDictionary inner = new COSDictionary();
            inner.setItem(COSName.TYPE, COSName.PAGES);
            inner.setItem(COSName.KIDS, new COSArray(List.of(root)));
            inner.setInt(COSName.COUNT, 1);
            root.setItem(COSName.KIDS, new COSArray(List.of(inner)));
            doc.save(file.toFile());
        }

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class).hasMessage("looping.pdf: "
                + "damaged PDF (its page tree leads back into itself, so its pages cannot all be reached)");
    }

    @Test
    void aPageListedTwiceInThePageTreeIsNoLoop() throws IOException {
        Path file = dir.resolve("twice.pdf");
        try (PDDocument doc = Fixtures.pdf(article5)) {
            COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PAGES);
            COSArray kids = root.getCOSArray(COSName.KIDS);
            kids.add(kids.getObject(0));
            root.setInt(COSName.COUNT, 2);
            doc.save(file.toFile());
        }

        assertThat(reader.read(file).text()).contains("self-defence recognised by Article 51");
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
                .hasMessage("fake.pdf: is a Word document (.docx) with a .pdf name; rename it to .docx to import it");
    }

    @Test
    void pdfWithGarbageBodyIsRejected() throws IOException {
        Path file = Files.writeString(dir.resolve("garbage.pdf"), "%PDF-1.7\nthis is not a PDF body at all\n%%EOF\n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("garbage.pdf: damaged PDF (");
    }
}
