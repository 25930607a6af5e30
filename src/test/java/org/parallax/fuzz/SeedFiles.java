package org.parallax.fuzz;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.parallax.testutil.TestProjects;
import org.parallax.workbench.SampleProject;
import org.parallax.workbench.Workbench;

/**
 * Real seed files for the fuzzers, built once per test JVM from the sample texts in samples/: a DOCX and
 * a PDF made with POI and PDFBox, the sample project and its QDPX and QDC exports, the sample CSV sheets.
 */
final class SeedFiles {
    private static Path dir;

    private SeedFiles() {
    }

    static synchronized Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("parallax-fuzz-seeds");
                Path created = dir;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        FuzzFiles.deleteTree(created);
                    } catch (IOException e) {
                        // A leftover folder in the temp directory is harmless.
                    }
                }));
                build(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dir;
    }

    static Path docx() {
        return dir().resolve("seed.docx");
    }

    static Path pdf() {
        return dir().resolve("seed.pdf");
    }

    /** The same PDF with no compressed streams: its objects, xref offsets and text operators in plain sight. */
    static Path plainPdf() {
        return dir().resolve("plain.pdf");
    }

    static Path qdpx() {
        return dir().resolve("seed.qdpx");
    }

    static Path qdc() {
        return dir().resolve("seed.qdc");
    }

    /** The sample project the QDPX and QDC were exported from; copy it before opening. */
    static Path sampleProject() {
        return dir().resolve("sample.parallax");
    }

    static Path metadataCsv() {
        return TestProjects.SAMPLES.resolve("metadata.csv");
    }

    static Path passagesCsv() {
        return TestProjects.SAMPLES.resolve("passages.csv");
    }

    /** A markdown sample with front matter, as the text reader's seed. */
    static Path text() {
        return TestProjects.sampleText("2021-10-04");
    }

    /** The first paragraphs of a sample text (by its date prefix). */
    private static List<String> paragraphs(String prefix) {
        try {
            String text = Files.readString(TestProjects.sampleText(prefix));
            return text.lines().filter(l -> !l.isBlank()).limit(12).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void build(Path target) throws IOException {
        // Cyrillic for the DOCX (any Unicode survives), English for the PDF (Helvetica is Latin-1 only).
        writeDocx(target.resolve("seed.docx"), paragraphs("2007-02-10"));
        writePdf(target.resolve("seed.pdf"), paragraphs("2016-09-05"), true);
        writePdf(target.resolve("plain.pdf"), paragraphs("2016-09-05"), false);
        SampleProject.build(TestProjects.SAMPLES, target.resolve("sample.parallax"));
        try (Workbench wb = Workbench.open(target.resolve("sample.parallax"))) {
            wb.exchange().exportQdpx(target.resolve("seed.qdpx"));
            wb.exchange().exportQdc(target.resolve("seed.qdc"));
        }
    }

    private static void writeDocx(Path file, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String paragraph : paragraphs) {
                doc.createParagraph().createRun().setText(paragraph);
            }
            XWPFTable table = doc.createTable(2, 2);
            table.getRow(0).getCell(0).setText("Speaker");
            table.getRow(0).getCell(1).setText("Vladimir Putin");
            table.getRow(1).getCell(0).setText("Place");
            table.getRow(1).getCell(1).setText("Munich");
            doc.getProperties().getCoreProperties().setTitle("Munich speech");
            doc.write(out);
        }
    }

    /** Helvetica covers Latin-1 only, so any other character becomes '?'. */
    private static void writePdf(Path file, List<String> paragraphs, boolean compress) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : paragraphs) {
            lines.addAll(wrap(paragraph.replaceAll("[^\\x20-\\x7E]", "?"), 90));
        }
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page, AppendMode.OVERWRITE, compress)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
                content.setLeading(12);
                content.newLineAtOffset(40, 760);
                for (String line : lines.subList(0, Math.min(lines.size(), 60))) {
                    content.showText(line);
                    content.newLine();
                }
                content.endText();
            }
            doc.save(file.toFile(), compress ? CompressParameters.DEFAULT_COMPRESSION
                    : CompressParameters.NO_COMPRESSION);
        }
    }

    private static List<String> wrap(String paragraph, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
