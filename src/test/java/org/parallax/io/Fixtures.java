package org.parallax.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Builds real DOCX and PDF files from corpus paragraphs for import tests. */
final class Fixtures {
    private Fixtures() {
    }

    /** A .docx with the given paragraphs, then a 2x2 table, and the given core title. */
    static Path docx(Path file, String title, List<String> paragraphs, String[][] table) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String paragraph : paragraphs) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            if (table != null) {
                XWPFTable t = doc.createTable(table.length, table[0].length);
                for (int r = 0; r < table.length; r++) {
                    for (int c = 0; c < table[r].length; c++) {
                        t.getRow(r).getCell(c).setText(table[r][c]);
                    }
                }
            }
            if (title != null) {
                doc.getProperties().getCoreProperties().setTitle(title);
            }
            doc.write(out);
        }
        return file;
    }

    /** A one-page PDF in Helvetica with one text line per entry of {@code lines} (ASCII only). */
    static PDDocument pdf(List<String> lines) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
            content.setLeading(14);
            content.newLineAtOffset(50, 740);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
        return doc;
    }

    static Path pdf(Path file, List<String> lines) throws IOException {
        try (PDDocument doc = pdf(lines)) {
            doc.save(file.toFile());
        }
        return file;
    }

    /** A copy of {@code source} cut to its first half. */
    static Path truncated(Path source, Path target) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        return Files.write(target, java.util.Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** Splits a paragraph into lines of at most {@code width} characters at spaces, for PDF pages. */
    static List<String> wrap(String paragraph, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            if (line.length() > 0) {
                line.append(' ');
            }
            line.append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
