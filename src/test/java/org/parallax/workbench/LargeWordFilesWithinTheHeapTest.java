package org.parallax.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.io.CodebookTemplates;

/**
 * A folder of long Word files imported on a computer of eight processors under a small heap: each alone fits, but the
 * import weighed them by their zipped size, a seventh of the XML POI builds its tree from, and read eight at once;
 * every one was refused, "out of memory while reading it" or past the time limit as the heap filled. The launchers'
 * 256 MiB heap and documents of 19,000,000 characters, scaled to 96 MiB and 4,000,000 in a child program.
 */
class LargeWordFilesWithinTheHeapTest {
    private static final String[] WORDS = ("the council met in rome and the parties spoke at length about security and "
            + "the balance of power in europe").split(" ");

    @TempDir
    Path dir;

    @Test
    void longWordFilesReadInParallelAllImportWhereEachFitsAlone() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("minutes"));
        Path first = longDocument(folder.resolve("minutes 1.docx"), 4_000_000);
        for (int i = 2; i <= 8; i++) {
            Files.copy(first, folder.resolve("minutes " + i + ".docx"));
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
        assertThat(lines).noneMatch(line -> line.startsWith("failed: "))
                .contains("1 imported, 7 duplicates, 0 failed");
        assertThat(child.exitValue()).isZero();
    }

    /** A .docx of {@code chars} characters in paragraphs of about 1,000, its XML some 1.05 bytes a character. */
    private static Path longDocument(Path file, int chars) throws IOException {
        Random random = new Random(3);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/"
                    + "package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                    + "application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/"
                    + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas."
                    + "openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\""
                    + "word/document.xml\"/></Relationships>");
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            write(zip, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas."
                    + "openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
            for (int written = 0; written < chars; ) {
                StringBuilder paragraph = new StringBuilder();
                while (paragraph.length() < 1000) {
                    paragraph.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                write(zip, "<w:p><w:r><w:t xml:space=\"preserve\">" + paragraph + "</w:t></w:r></w:p>");
                written += paragraph.length();
            }
            write(zip, "</w:body></w:document>");
            zip.closeEntry();
        }
        return file;
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
