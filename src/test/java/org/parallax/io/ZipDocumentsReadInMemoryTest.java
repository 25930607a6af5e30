package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parallax.workbench.SmallDisk;

/**
 * A .docx or .odt is read from the bytes of its one version in memory, never through a copy in the system's temporary
 * folder: a program killed while it read one left its copy there for ever, and a full temporary folder refused every
 * Word and OpenDocument file ("cannot be read: its copy could not be written to the temporary folder").
 */
class ZipDocumentsReadInMemoryTest {
    @TempDir
    Path dir;

    @Test
    void aFullTemporaryFolderRefusesNoWordOrOpenDocumentFile() throws Exception {
        Path docx = Fixtures.docx(dir.resolve("minutes.docx"), null, List.of("The Council met in Rome."), null);
        Path odt = OdtImportTest.fixture("features.odt");
        try (SmallDisk temp = SmallDisk.mountOrSkip(dir.resolve("temp"), 1)) {
            temp.leaveRoom("filler", 0);

            List<String> lines = new ArrayList<>();
            Process child = start(temp.folder(), 1, docx, odt);
            try (BufferedReader out = output(child)) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
                assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
            } finally {
                child.destroyForcibly();
            }

            assertThat(lines).hasSize(2);
            assertThat(lines.get(0)).isEqualTo("read: The Council met in Rome.");
            assertThat(lines.get(1)).isEqualTo("read: Interview 4");
        }
    }

    @Test
    void aProgramKilledWhileItReadsADocumentLeavesNothingInTheTemporaryFolder() throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            paragraphs.add("Paragraph " + i + " of the minutes of the Council, in which the parties spoke at length.");
        }
        Path docx = Fixtures.docx(dir.resolve("long minutes.docx"), null, paragraphs, null);
        Path temp = Files.createDirectories(dir.resolve("temp"));

        Process child = start(temp, 1000, docx);
        try (BufferedReader out = output(child)) {
            assertThat(out.readLine()).isEqualTo("read: Paragraph 0 of the minutes of the Counci");
            // Killed in the middle of a read: as soon as anything shows in its temporary folder, or else after twenty
            // more reads of the document, which the folder is watched through.
            AtomicInteger reads = new AtomicInteger();
            Thread counter = new Thread(() -> out.lines().forEach(line -> reads.incrementAndGet()));
            counter.setDaemon(true);
            counter.start();
            while (listing(temp).isEmpty() && reads.get() < 20 && child.isAlive()) {
                Thread.onSpinWait();
            }
            child.destroyForcibly();
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        assertThat(listing(temp)).isEmpty();
    }

    @Test
    void aZipOfMoreEntriesThanTheLimitIsRefusedBeforeItIsOpened() throws IOException {
        Path docx = dir.resolve("many.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            for (int i = 0; i < 101; i++) {
                zip.putNextEntry(new ZipEntry("word/part" + i + ".xml"));
                zip.closeEntry();
            }
        }
        DocumentReader reader = new DocumentReader(new ImportLimits(64L << 20, 100, 256L << 20, 100));

        assertThatThrownBy(() -> reader.read(docx)).isInstanceOf(ImportException.class)
                .hasMessage("many.docx: zip archive has 101 entries, more than the limit of 100 (zip bomb?)");
    }

    @Test
    void theRefusalSaysHowManyEntriesTheArchiveHasNotWhereCountingStopped() throws IOException {
        Path docx = dir.resolve("many.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            for (int i = 0; i < 250; i++) {
                zip.putNextEntry(new ZipEntry("word/part" + i + ".xml"));
                zip.closeEntry();
            }
        }
        DocumentReader reader = new DocumentReader(new ImportLimits(64L << 20, 100, 256L << 20, 100));

        assertThatThrownBy(() -> reader.read(docx)).isInstanceOf(ImportException.class)
                .hasMessage("many.docx: zip archive has 250 entries, more than the limit of 100 (zip bomb?)");
    }

    @Test
    void anEntryStoredUncompressedThatHoldsTheDirectorysSignatureIsNotCountedAsEntries() throws IOException {
        Path plain = Fixtures.docx(dir.resolve("plain.docx"), null, List.of("The Council met in Rome."), null);
        // An attachment stored as it is (a zip inside the document, say) whose bytes hold the signature that begins
        // each entry of a zip's directory, 250 times: the archive still has the document's few entries.
        byte[] attachment = new byte[250 * 8];
        for (int i = 0; i < attachment.length; i += 8) {
            System.arraycopy(new byte[] {'P', 'K', 1, 2}, 0, attachment, i, 4);
        }
        Path docx = dir.resolve("with attachment.docx");
        try (ZipFile source = new ZipFile(plain.toFile());
             ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(docx))) {
            for (ZipEntry entry : java.util.Collections.list(source.entries())) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                source.getInputStream(entry).transferTo(zip);
            }
            ZipEntry stored = new ZipEntry("word/embeddings/attachment.xml");
            stored.setMethod(ZipEntry.STORED);
            stored.setSize(attachment.length);
            CRC32 crc = new CRC32();
            crc.update(attachment);
            stored.setCrc(crc.getValue());
            zip.putNextEntry(stored);
            zip.write(attachment);
            zip.closeEntry();
        }
        DocumentReader reader = new DocumentReader(new ImportLimits(64L << 20, 100, 256L << 20, 100));

        assertThat(reader.read(docx).text()).isEqualTo("The Council met in Rome.\n");
    }

    @Test
    void aDirectoryOfOtherEntriesThanItsEndRecordCountsIsRefusedAsDamaged() throws IOException {
        Path docx = Fixtures.docx(dir.resolve("minutes.docx"), null, List.of("The Council met in Rome."), null);
        byte[] bytes = Files.readAllBytes(docx);
        // The end record, the archive's last 22 bytes without a comment, says it has two entries fewer.
        int end = bytes.length - 22;
        assertThat(bytes[end + 3]).isEqualTo((byte) 6);
        bytes[end + 8] -= 2;
        bytes[end + 10] -= 2;
        Files.write(docx, bytes);

        assertThatThrownBy(() -> new DocumentReader().read(docx)).isInstanceOf(ImportException.class)
                .hasMessage("minutes.docx: damaged or truncated DOCX file (unreadable zip archive)");
    }

    private static Process start(Path temp, int rounds, Path... files) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx256m", "-Djava.io.tmpdir=" + temp,
                "-cp", System.getProperty("java.class.path"), DocumentReadingChild.class.getName(),
                Integer.toString(rounds)));
        for (Path file : files) {
            command.add(file.toString());
        }
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static BufferedReader output(Process child) {
        return new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
