package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;

/**
 * A folder of large PDFs imported on a computer of eight processors under a small heap: each file alone fits, but
 * eight read at once did not, and all but one were refused "out of memory while reading it ... run it again with a
 * larger heap". The launchers' 256 MiB heap and PDFs of 56 MB, scaled to 96 MiB and 20 MB in a child program.
 */
class ParallelImportWithinTheHeapTest {
    @TempDir
    Path dir;

    @Test
    void largeFilesReadInParallelAllImportWhereEachFitsAlone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("scans"));
        Path first = scannedReport(folder.resolve("report 1.pdf"));
        for (int i = 2; i <= 6; i++) {
            Files.copy(first, folder.resolve("report " + i + ".pdf"));
        }
        Path project = dir.resolve("study.parallax");
        Workbench.create(project, CodebookTemplates.named("table1")).close();

        Path out = dir.resolve("out.txt");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx96m", "-XX:+UseSerialGC", "-XX:ActiveProcessorCount=8", "-cp",
                System.getProperty("java.class.path"), "org.parallax.Main", "import", project.toString(),
                folder.toString()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            assertThat(child.waitFor(10, TimeUnit.MINUTES)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).noneMatch(line -> line.contains("out of memory"))
                .contains("1 imported, 5 duplicates, 0 failed");
        assertThat(child.exitValue()).isZero();
    }

    /** A PDF of about 20 MB: seven pages, each a line of text over a picture that does not compress. */
    private static Path scannedReport(Path file) throws IOException {
        Random random = new Random(7);
        try (PDDocument doc = new PDDocument()) {
            for (int p = 1; p <= 7; p++) {
                BufferedImage noise = new BufferedImage(1000, 1000, BufferedImage.TYPE_INT_RGB);
                for (int y = 0; y < 1000; y++) {
                    for (int x = 0; x < 1000; x++) {
                        noise.setRGB(x, y, random.nextInt());
                    }
                }
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(LosslessFactory.createFromImage(doc, noise), 72, 300, 200, 200);
                    content.beginText();
                    content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    content.newLineAtOffset(72, 200);
                    content.showText("Page " + p + ": the Council met in Rome and the parties agreed to meet again.");
                    content.endText();
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }
}
