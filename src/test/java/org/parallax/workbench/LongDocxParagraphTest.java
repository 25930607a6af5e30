package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.testutil.Cli;
import org.parallax.testutil.HeapLimitedCli;

/**
 * A Word document of one paragraph longer than the limit on characters of text: POI builds the whole body in memory
 * before a character is counted, so under a small heap the import said "out of memory … use a larger heap", and with
 * a larger heap the same file then met the limit. The body is now counted as it streams past, before POI reads it.
 */
class LongDocxParagraphTest {
    private static final int CHARACTERS = 21_000_000;

    @TempDir
    Path dir;

    @Test
    void aParagraphOverTheCharacterLimitIsRefusedForTheLimitNotForTheHeap() throws Exception {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Path docx = writeOneParagraph(dir.resolve("transcript.docx"), "", CHARACTERS);

        HeapLimitedCli.Result result = HeapLimitedCli.run(dir, "96m", "import", project, docx);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errorLines()).containsExactly(
                "failed: transcript.docx: exceeds the extraction limit (20,000,000 characters of text)");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).isEmpty();
        }
    }

    /**
     * Hidden text is left out of what is counted against the limit, but POI reads it into memory all the same: 50 MB
     * of it beside one shown line ran the launchers' heap out after 40 s ("out of memory … use a larger heap").
     */
    @Test
    void fiftyMillionCharactersOfHiddenTextAreRefusedForTheLimitNotForTheHeap() throws Exception {
        Path project = dir.resolve("study.parallax");
        assertThat(Cli.parallax("new", project).exit()).isZero();
        Path docx = writeOneParagraph(dir.resolve("answer key.docx"), "<w:rPr><w:vanish/></w:rPr>", 50_000_000);

        HeapLimitedCli.Result result = HeapLimitedCli.run(dir, "256m", "import", project, docx);

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.errorLines()).hasSize(1).first().asString().startsWith("failed: answer key.docx: exceeds "
                + "the extraction limit (more than ").contains(" MB of XML, read into memory whole, hidden and deleted "
                + "text, comments and Word's markup included: the most a Java heap of ");
        try (Workbench wb = Workbench.open(project)) {
            assertThat(wb.documents().list()).isEmpty();
        }
    }

    /**
     * One shown line, then one paragraph of random short words, so the part compresses as text does (a zip bomb's
     * ratio would be refused first); {@code runProperties} are the long run's ({@code w:rPr}).
     */
    private static Path writeOneParagraph(Path file, String runProperties, int characters) throws IOException {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd."
                    + "openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                    + "application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats."
                    + "org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            xml.write("<?xml version=\"1.0\"?><w:document xmlns:w=\"" + w + "\"><w:body><w:p><w:r><w:t>Shown."
                    + "</w:t></w:r></w:p><w:p><w:r>" + runProperties + "<w:t xml:space=\"preserve\">");
            Random random = new Random(11);
            StringBuilder words = new StringBuilder();
            for (int written = 0; written < characters; written += words.length()) {
                words.setLength(0);
                for (int i = 0; i < 10_000; i++) {
                    for (int letters = 1 + random.nextInt(8); letters > 0; letters--) {
                        words.append((char) ('a' + random.nextInt(26)));
                    }
                    words.append(' ');
                }
                xml.write(words.toString());
            }
            xml.write("</w:t></w:r></w:p></w:body></w:document>");
            xml.flush();
            zip.closeEntry();
        }
        return file;
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
