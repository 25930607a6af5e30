package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What Word shows of a .docx is what comes in: hidden text ({@code w:vanish}) stays out, a part Word merges into the
 * text when it opens the file ({@code w:altChunk}) comes in at its place where it is HTML or plain text, and a
 * content control around whole paragraphs keeps its text.
 */
class DocxHiddenAndMergedTextTest {
    private static final String R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /** A paragraph style that hides its text, one based on it (Secret), and a character style that hides (HiddenNote). */
    private static final String HIDING_STYLES = "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
            + "2006/main\"><w:style w:type=\"paragraph\" w:styleId=\"Hidden\"><w:rPr><w:vanish/></w:rPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Secret\"><w:basedOn w:val=\"Hidden\"/></w:style>"
            + "<w:style w:type=\"character\" w:styleId=\"HiddenNote\"><w:rPr><w:vanish w:val=\"1\"/></w:rPr>"
            + "</w:style></w:styles>";

    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    /** Hidden text came in as if the author showed it: a reviewer's note, an answer key, a name kept out of print. */
    @Test
    void hiddenTextIsLeftOutAndTheImportSaysHowMuch() throws IOException {
        String body = paragraph("Shown ", "<w:rPr><w:vanish/></w:rPr>", "Ivanov, ", "the respondent.")
                + paragraph("Switched off: ", "<w:rPr><w:vanish w:val=\"false\"/></w:rPr>", "still shown.", "")
                + "<w:p><w:pPr><w:pStyle w:val=\"Secret\"/></w:pPr><w:r><w:t>Answer key: всё скрыто.</w:t></w:r></w:p>"
                + "<w:p><w:r><w:rPr><w:rStyle w:val=\"HiddenNote\"/></w:rPr><w:t>Note to self.</w:t></w:r>"
                + "<w:r><w:t>Last paragraph.</w:t></w:r></w:p>";
        Path file = docx("hidden.docx", body, Map.of("word/styles.xml", bytes(HIDING_STYLES)), "", "");

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo("Shown the respondent.\n\nSwitched off: still shown.\n\n"
                + "Last paragraph.\n\nSecond paragraph.\n");
        int hidden = "Ivanov, ".length() + "Answer key: всё скрыто.".length() + "Note to self.".length();
        assertThat(imported.warnings()).containsExactly("hidden.docx: " + hidden + " characters of hidden text "
                + "(w:vanish, which Word neither shows nor prints unless asked to) were left out");
    }

    /**
     * The count of a long body's characters, made as it streams past before POI reads it, counted what the import
     * leaves out: hidden text (on the run, through its character or paragraph style), a moved passage's old place and
     * a text box's second copy for older readers. A document whose text fits the limit was refused for it
     * ("exceeds the extraction limit"); one whose shown text does not fit still is.
     */
    @Test
    void aLongBodyWhoseShownTextFitsTheLimitIsReadThoughWhatIsLeftOutWouldNotFit() throws IOException {
        String shown = "word ".repeat(600).strip();
        String secret = "secret ".repeat(500).strip();
        String box = "<w:txbxContent><w:p><w:r><w:t>" + "box ".repeat(200).strip() + "</w:t></w:r></w:p></w:txbxContent>";
        String body = paragraph(shown, "<w:rPr><w:vanish/></w:rPr>", secret, "")
                + "<w:p><w:pPr><w:pStyle w:val=\"Secret\"/></w:pPr><w:r><w:t>" + secret + "</w:t></w:r></w:p>"
                + "<w:p><w:r><w:rPr><w:rStyle w:val=\"HiddenNote\"/></w:rPr><w:t>" + secret + "</w:t></w:r></w:p>"
                + "<w:p><w:moveFrom w:id=\"1\" w:author=\"Ed\"><w:r><w:t>" + secret + "</w:t></w:r></w:moveFrom></w:p>"
                + "<w:p><w:r><mc:AlternateContent xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/"
                + "2006\" xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\"><mc:Choice "
                + "Requires=\"wps\"><w:drawing><wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></w:drawing>"
                + "</mc:Choice><mc:Fallback><w:pict>" + box + "</w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>";
        Path fits = docx("fits.docx", body, Map.of("word/styles.xml", bytes(HIDING_STYLES)), "", "");
        Path over = docx("over.docx", paragraph(shown + " " + shown, "", "", ""), Map.of(), "", "");
        DocumentReader limited = new DocumentReader(ImportLimits.defaults(),
                new ExtractionLimits(256L << 20, 12, 10_000, 5_000, java.time.Duration.ofSeconds(60)));

        ImportedText imported = limited.read(fits);

        assertThat(imported.text()).isEqualTo(shown + "\n\n" + "box ".repeat(200).strip() + "\n\nSecond paragraph.\n");
        assertThat(imported.warnings()).singleElement().asString().startsWith("fits.docx: "
                + org.parallax.model.Counted.of(3 * secret.length(), "character") + " of hidden text");
        assertThatThrownBy(() -> limited.read(over)).isInstanceOf(ImportException.class)
                .hasMessage("over.docx: exceeds the extraction limit (5,000 characters of text)");
    }

    /**
     * An HTML part and a plain-text part merged in on opening were named in the warnings and left out; they come in
     * at their places now. An RTF part and one kept outside the file (never fetched) are still named.
     */
    @Test
    void htmlAndPlainTextPartsMergedInComeInAtTheirPlaceOthersAreNamed() throws IOException {
        String html = "<html><head><title>t</title><script>alert(1)</script></head><body><p>Merged <b>HTML</b> "
                + "paragraph.</p><p style=\"display:none\">invisible</p><p>Второй абзац.</p></body></html>";
        Charset cp1251 = Charset.forName("windows-1251");
        String body = paragraph("Before.", "", "", "") + chunk("rIdHtml") + paragraph("Between.", "", "", "")
                + chunk("rIdText") + chunk("rIdRtf") + chunk("rIdFar") + paragraph("After.", "", "", "");
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("word/chunk1.htm", bytes(html));
        parts.put("word/chunk2.txt", "Интервью, часть 2.\r\nВторая строка.".getBytes(cp1251));
        parts.put("word/chunk3.rtf", bytes("{\\rtf1\\ansi Rich text.}"));
        String relationships = relationship("rIdHtml", "aFChunk", "chunk1.htm", "")
                + relationship("rIdText", "aFChunk", "chunk2.txt", "")
                + relationship("rIdRtf", "aFChunk", "chunk3.rtf", "")
                + relationship("rIdFar", "aFChunk", "http://127.0.0.1:9/secret.htm", " TargetMode=\"External\"");
        String types = "<Default Extension=\"htm\" ContentType=\"text/html\"/>"
                + "<Default Extension=\"txt\" ContentType=\"text/plain\"/>"
                + "<Default Extension=\"rtf\" ContentType=\"application/rtf\"/>";
        Path file = docx("merged.docx", body, parts, relationships, types);

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo("Before.\n\nMerged HTML paragraph.\n\nВторой абзац.\n\nBetween.\n\n"
                + "Интервью, часть 2.\nВторая строка.\n\nAfter.\n\nSecond paragraph.\n");
        assertThat(imported.warnings()).containsExactly("merged.docx: 2 parts in another format (w:altChunk, which "
                + "Word merges into the text when it opens the file) were not imported; open the file in Word and "
                + "save it again to import all of its text");
    }

    /**
     * An HTML part is read in the encoding the HTML import reads a page in ({@link HtmlCharset}): jsoup's own guess
     * read UTF-8 that declares UTF-16 as CJK-looking nonsense and undeclared Windows-1251 as replacement characters.
     */
    @Test
    void anHtmlPartMergedInIsReadInTheEncodingAPageWouldBe() throws IOException {
        String utf16Declared = "<html><head><meta charset=\"utf-16\"></head><body><p>Сказано по-русски.</p>"
                + "</body></html>";
        String undeclared = "<html><body><p>Интервью с депутатом, часть первая.</p></body></html>";
        String body = paragraph("Before.", "", "", "") + chunk("rIdA") + chunk("rIdB");
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("word/chunk1.htm", bytes(utf16Declared));
        parts.put("word/chunk2.htm", undeclared.getBytes(Charset.forName("windows-1251")));
        String relationships = relationship("rIdA", "aFChunk", "chunk1.htm", "")
                + relationship("rIdB", "aFChunk", "chunk2.htm", "");
        Path file = docx("pages.docx", body, parts, relationships,
                "<Default Extension=\"htm\" ContentType=\"text/html\"/>");

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo("Before.\n\nСказано по-русски.\n\nИнтервью с депутатом, часть первая."
                + "\n\nSecond paragraph.\n");
    }

    /**
     * A merged-in page of markup under the zip's limits (a repetitive part may unpack to 32 MB at any ratio) but over
     * the HTML import's was parsed whole: a file of that page is refused before it is read, as jsoup's tree of it runs
     * the launchers' heap out. The .docx is refused in one line naming the part and the limit.
     */
    @Test
    void aMergedInPageLargerThanTheHtmlLimitIsRefusedInOneLine() throws IOException {
        String span = "<span class=\"w\" lang=\"en-GB\">w</span>";
        StringBuilder page = new StringBuilder("<html><body><p>");
        while (page.length() <= HtmlExtractor.PAGE_BYTES) {
            page.append(span);
        }
        page.append("</p></body></html>");
        Path file = docx("large.docx", paragraph("Before.", "", "", "") + chunk("rIdA"),
                Map.of("word/chunk1.htm", bytes(page.toString())), relationship("rIdA", "aFChunk", "chunk1.htm", ""),
                "<Default Extension=\"htm\" ContentType=\"text/html\"/>");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessageContaining("large.docx").hasMessageContaining("/word/chunk1.htm")
                .hasMessageContaining("larger than the import limit of 24.0 MB for HTML pages")
                .hasMessageNotContaining("\n");
    }

    /**
     * Hostile structure around the new reading: styles based on each other in a loop, a merged-in part pointing at
     * the document itself, one naming no part; and one whose target climbs out of the package. The loop ends,
     * nothing outside the file is read: POI refuses such a package as it opens it.
     */
    @Test
    void aLoopOfStylesAndMergedInPartsPointingOutsideOrAtTheDocumentAreReadSafely() throws IOException {
        String body = "<w:p><w:r><w:rPr><w:rStyle w:val=\"A\"/></w:rPr><w:t>Styled in a loop.</w:t></w:r></w:p>"
                + chunk("rIdSelf") + chunk("rIdNone");
        String styles = "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:style w:type=\"character\" w:styleId=\"A\"><w:basedOn w:val=\"B\"/></w:style>"
                + "<w:style w:type=\"character\" w:styleId=\"B\"><w:basedOn w:val=\"A\"/></w:style></w:styles>";
        Path file = docx("loops.docx", body, Map.of("word/styles.xml", bytes(HIDING_STYLES)),
                relationship("rIdSelf", "aFChunk", "document.xml", ""), "");
        Path out = docx("out.docx", chunk("rIdOut"), Map.of(),
                relationship("rIdOut", "aFChunk", "../../../../etc/passwd", ""), "");

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo("Styled in a loop.\n\nSecond paragraph.\n");
        assertThat(imported.warnings()).containsExactly("loops.docx: 2 parts in another format (w:altChunk, which "
                + "Word merges into the text when it opens the file) were not imported; open the file in Word and "
                + "save it again to import all of its text");
        assertThatThrownBy(() -> reader.read(out)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("out.docx: damaged DOCX file (");
    }

    /** A content control around whole paragraphs (a form's answer box, a template's block) was left out unsaid. */
    @Test
    void aContentControlAroundParagraphsKeepsItsText() throws IOException {
        String body = paragraph("Question: where did you grow up?", "", "", "")
                + "<w:sdt><w:sdtPr><w:alias w:val=\"Answer\"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t>In Tver.</w:t>"
                + "</w:r></w:p><w:p><w:r><w:t>Then Moscow.</w:t></w:r></w:p></w:sdtContent></w:sdt>";
        Path file = docx("form.docx", body, Map.of(), "", "");

        assertThat(reader.read(file).text()).isEqualTo("Question: where did you grow up?\n\nIn Tver.\n\n"
                + "Then Moscow.\n\nSecond paragraph.\n");
    }

    /**
     * POI reads every part of a .docx whole, those the import never uses too: a comments part of 26 million
     * characters beside a one-line body was handed to it and could run the heap out. It is weighed with the rest of
     * the XML POI would hold against the heap and refused before POI reads anything when the heap cannot hold it; a
     * normal file's comments are not in the way, and a heap that holds the comments reads the file.
     */
    @Test
    void aPartTheImportDoesNotUseCountsTowardsTheXmlReadIntoMemory() throws IOException {
        String comments = "<w:comments xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
                + "<w:comment w:id=\"0\" w:author=\"Ed\"><w:p><w:r><w:t>" + "note ".repeat(5_200_000)
                + "</w:t></w:r></w:p></w:comment></w:comments>";
        String relationships = relationship("rIdC", "comments", "comments.xml", "");
        String types = "<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-"
                + "officedocument.wordprocessingml.comments+xml\"/>";
        Path file = docx("commented.docx", paragraph("Shown.", "", "", ""),
                Map.of("word/comments.xml", bytes(comments)), relationships, types);
        Path small = docx("small.docx", paragraph("Shown.", "", "", ""), Map.of("word/comments.xml",
                bytes(comments.replace("note ".repeat(5_200_000), "A short note."))), relationships, types);
        DocxExtractor underSmallHeap = new DocxExtractor(ImportLimits.defaults(), 128L << 20);

        assertThatThrownBy(() -> underSmallHeap.extract(file, Files.readAllBytes(file),
                ExtractionBudget.start(file, ExtractionLimits.defaults()))).isInstanceOf(ImportException.class)
                .hasMessage("commented.docx: exceeds the extraction limit (more than 14.0 MB of XML, read into memory "
                        + "whole, hidden and deleted text, comments and Word's markup included: the most a Java heap "
                        + "of 128 MiB holds; run it again with a larger heap, e.g. PARALLAX_JAVA_OPTIONS=-Xmx1g)");
        assertThat(underSmallHeap.extract(small, Files.readAllBytes(small),
                ExtractionBudget.start(small, ExtractionLimits.defaults())).text())
                .isEqualTo("Shown.\n\nSecond paragraph.\n");
        assertThat(new DocxExtractor(ImportLimits.defaults(), 1L << 30).extract(file, Files.readAllBytes(file),
                ExtractionBudget.start(file, ExtractionLimits.defaults())).text())
                .isEqualTo("Shown.\n\nSecond paragraph.\n");
    }

    /** A paragraph of up to three runs: before, then {@code middle} formatted by {@code properties}, then after. */
    private static String paragraph(String before, String properties, String middle, String after) {
        StringBuilder p = new StringBuilder("<w:p>").append(run("", before));
        if (!middle.isEmpty()) {
            p.append(run(properties, middle));
        }
        if (!after.isEmpty()) {
            p.append(run("", after));
        }
        return p.append("</w:p>").toString();
    }

    private static String run(String properties, String text) {
        return "<w:r>" + properties + "<w:t xml:space=\"preserve\">" + text + "</w:t></w:r>";
    }

    private static String chunk(String id) {
        return "<w:altChunk xmlns:r=\"" + R + "\" r:id=\"" + id + "\"/>";
    }

    private static String relationship(String id, String type, String target, String extra) {
        return "<Relationship Id=\"" + id + "\" Type=\"" + R + "/" + type + "\" Target=\"" + target + "\"" + extra
                + "/>";
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A .docx made by POI (one paragraph, "Second paragraph.") with {@code body} put before that paragraph, the
     * extra parts added, relationships added to the document's and content types to the package's.
     */
    private Path docx(String name, String body, Map<String, byte[]> parts, String relationships, String types)
            throws IOException {
        Path plain = Fixtures.docx(dir.resolve("plain-" + name), null, List.of("Second paragraph."), null);
        Path file = dir.resolve(name);
        boolean wroteRelationships = false;
        try (ZipFile in = new ZipFile(plain.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                if (parts.containsKey(entry.getName())) {
                    continue;
                }
                String xml = new String(in.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
                if (entry.getName().equals("word/document.xml")) {
                    int start = xml.indexOf('>', xml.indexOf("<w:body")) + 1;
                    xml = xml.substring(0, start) + body + xml.substring(start);
                } else if (entry.getName().equals("word/_rels/document.xml.rels")) {
                    String styles = parts.containsKey("word/styles.xml") && !xml.contains("styles.xml")
                            ? relationship("rIdStyles", "styles", "styles.xml", "") : "";
                    xml = xml.replace("</Relationships>", relationships + styles + "</Relationships>");
                    wroteRelationships = true;
                } else if (entry.getName().equals("[Content_Types].xml")) {
                    xml = xml.replace("</Types>", types + (parts.containsKey("word/styles.xml") ? "<Override "
                            + "PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-"
                            + "officedocument.wordprocessingml.styles+xml\"/>" : "") + "</Types>");
                }
                put(out, entry.getName(), bytes(xml));
            }
            if (!wroteRelationships) {
                put(out, "word/_rels/document.xml.rels", bytes("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + relationships + (parts.containsKey("word/styles.xml")
                        ? relationship("rIdStyles", "styles", "styles.xml", "") : "") + "</Relationships>"));
            }
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                put(out, part.getKey(), part.getValue());
            }
        }
        return file;
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }
}
