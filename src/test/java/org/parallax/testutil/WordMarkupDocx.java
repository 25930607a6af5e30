package org.parallax.testutil;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a long .docx marked up as Word marks up a thesis: revision ids on every paragraph and run, each run's fonts,
 * size and language written out, spelling marks and bookmarks, so that its XML is some 4.8 bytes a character of text
 * (a thesis of 19,000,000 characters saved by Word holds some 91 MB of XML).
 */
public final class WordMarkupDocx {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String[] WORDS = ("the council met in rome and the parties spoke at length about security "
            + "and the balance of power in europe while the delegations of both sides disagreed on enlargement")
            .split(" ");
    private static final String RUN_PROPERTIES = "<w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New "
            + "Roman\" w:cs=\"Times New Roman\"/><w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"en-GB\"/>"
            + "</w:rPr>";

    private WordMarkupDocx() {
    }

    /** Writes {@code file} holding {@code chars} characters of shown text or a few more; returns {@code file}. */
    public static Path write(Path file, long chars) throws IOException {
        Random random = new Random(19);
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            entry(zip, xml, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://"
                    + "schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
                    + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension="
                    + "\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType="
                    + "\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, xml, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
                    + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                    + "word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document xmlns:w=\"" + W
                    + "\"><w:body>");
            long written = 0;
            for (int p = 0; written < chars; p++) {
                written += paragraph(xml, random, p);
            }
            xml.write("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>");
            xml.flush();
            zip.closeEntry();
        }
        return file;
    }

    /** One paragraph of about 900 characters in runs of about 60; returns the characters written. */
    private static int paragraph(Writer xml, Random random, int number) throws IOException {
        xml.write("<w:p w:rsidR=\"" + rsid(random) + "\" w:rsidRDefault=\"" + rsid(random) + "\" w:rsidP=\""
                + rsid(random) + "\"><w:pPr><w:spacing w:after=\"120\" w:line=\"360\" w:lineRule=\"auto\"/>"
                + "<w:jc w:val=\"both\"/>" + RUN_PROPERTIES + "</w:pPr>");
        if (number % 20 == 0) {
            xml.write("<w:bookmarkStart w:id=\"" + number + "\" w:name=\"_Toc" + (100_000_000 + number)
                    + "\"/><w:bookmarkEnd w:id=\"" + number + "\"/>");
        }
        int chars = 0;
        while (chars < 900) {
            StringBuilder run = new StringBuilder();
            while (run.length() < 60) {
                run.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
            }
            if (random.nextInt(8) == 0) {
                xml.write("<w:proofErr w:type=\"spellStart\"/>");
            }
            xml.write("<w:r w:rsidRPr=\"" + rsid(random) + "\">" + RUN_PROPERTIES + "<w:t xml:space=\"preserve\">"
                    + run + "</w:t></w:r>");
            if (random.nextInt(8) == 0) {
                xml.write("<w:proofErr w:type=\"spellEnd\"/>");
            }
            chars += run.length();
        }
        xml.write("</w:p>");
        return chars;
    }

    private static String rsid(Random random) {
        return String.format(Locale.ROOT, "%08X", random.nextInt(0x1000000));
    }

    private static void entry(ZipOutputStream zip, Writer xml, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write(text);
        xml.flush();
        zip.closeEntry();
    }
}
