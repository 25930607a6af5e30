package org.parallax.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Builds real DOCX and PDF files from corpus paragraphs for import tests, and zip bombs. */
final class Fixtures {
    private Fixtures() {
    }

    /** A zip of one entry {@code entry} that unpacks to 300 MB of zero bytes (about 300 KB packed). */
    static Path zipBomb(Path file, String entry) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry(entry));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 300; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return file;
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

    /**
     * A PDF with one page per entry of {@code pages}, each line set in {@code font} at 10 pt, 14 pt apart, as a
     * word processor prints it: an empty line leaves a blank line (a new paragraph); {@code header} (if not
     * null) stands at the top of every page and {@code footer.apply(page)} (if not null) at the bottom.
     */
    static Path pdfPages(Path file, PDFont font, List<List<String>> pages, String header, IntFunction<String> footer)
            throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont used = font != null ? font : new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            writePages(doc, used, pages, header, footer);
            doc.save(file.toFile());
        }
        return file;
    }

    static void writePages(PDDocument doc, PDFont font, List<List<String>> pages, String header,
                           IntFunction<String> footer) throws IOException {
        for (int p = 0; p < pages.size(); p++) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                if (header != null) {
                    line(content, font, 50, 760, header);
                }
                float y = 730;
                for (String line : pages.get(p)) {
                    if (!line.isEmpty()) {
                        line(content, font, 50, y, line);
                    }
                    y -= 14;
                }
                if (footer != null) {
                    line(content, font, 290, 40, footer.apply(p + 1));
                }
            }
        }
    }

    private static void line(PDPageContentStream content, PDFont font, float x, float y, String text)
            throws IOException {
        content.beginText();
        content.setFont(font, 10);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /**
     * {@code paragraph} wrapped to {@code width} characters, broken also right after each of {@code breaks}
     * (each a piece of the paragraph ending where a line should end, such as "inter-" of "inter-national"
     * written as {@code "inter-|national"}: the bar marks the break and a hyphen is added when the piece
     * has none).
     */
    static List<String> wrapWithBreaks(String paragraph, int width, String... breaks) {
        String marked = paragraph;
        for (String b : breaks) {
            String whole = b.replace("-|", "-").replace("|", "");
            String broken = b.contains("-|") ? b.replace("|", "\0") : b.replace("|", "-\0");
            if (!marked.contains(whole)) {
                throw new IllegalArgumentException("not in the paragraph: " + whole);
            }
            marked = marked.replaceFirst(java.util.regex.Pattern.quote(whole),
                    java.util.regex.Matcher.quoteReplacement(broken));
        }
        List<String> lines = new java.util.ArrayList<>();
        for (String piece : marked.split("\0")) {
            lines.addAll(wrap(piece.strip(), width));
        }
        return lines;
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
