package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostileFileTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void fileOverSizeLimitIsRefusedWithoutReadingIt() throws IOException {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile raf = new RandomAccessFile(big.toFile(), "rw")) {
            raf.setLength(200L << 20);
        }

        assertThatThrownBy(() -> reader.read(big)).isInstanceOf(ImportException.class)
                .hasMessage("huge.txt: file is 200.0 MB, larger than the import limit of 64.0 MB");
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty.txt", "empty.md", "empty.docx", "empty.pdf", "empty.html"})
    void emptyFileIsRefused(String name) throws IOException {
        Path empty = Files.createFile(dir.resolve(name));

        assertThatThrownBy(() -> reader.read(empty)).isInstanceOf(ImportException.class)
                .hasMessage(name + ": file is empty (0 bytes)");
    }

    @Test
    void randomBytesNamedDocxAreNotAZip() throws IOException {
        Path file = Files.write(dir.resolve("noise.docx"), randomBytes());

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("noise.docx: not a DOCX file (not a zip archive)");
    }

    /** A zip holding nothing (what a zip tool writes for an empty selection) is a zip archive; it holds no document. */
    @Test
    void anEmptyZipArchiveNamedDocxIsNamedAsEmpty() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        new java.util.zip.ZipOutputStream(bytes).close();
        Path file = Files.write(dir.resolve("empty.docx"), bytes.toByteArray());
        Path odt = Files.write(dir.resolve("empty.odt"), bytes.toByteArray());

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("empty.docx: not a DOCX file (an empty zip archive, holding no document)");
        assertThatThrownBy(() -> reader.read(odt)).isInstanceOf(ImportException.class)
                .hasMessage("empty.odt: not an ODT file (an empty zip archive, holding no document)");
    }

    @Test
    void randomBytesNamedPdfAreNotAPdf() throws IOException {
        Path file = Files.write(dir.resolve("noise.pdf"), randomBytes());

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("noise.pdf: not a PDF file (no %PDF header)");
    }

    @Test
    void unknownExtensionListsSupportedTypes() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.xyz"), "Balance of power");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("notes.xyz: unsupported file type '.xyz' (supported: .txt, .md, .docx, .odt, .rtf, .pdf, .html, .htm)");
    }

    @Test
    void folderIsRefused() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("speeches.txt"));

        assertThatThrownBy(() -> reader.read(folder)).isInstanceOf(ImportException.class)
                .hasMessage("speeches.txt: is a folder, not a file");
    }

    @Test
    void folderWithoutExtensionIsReportedAsFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("speeches"));

        assertThatThrownBy(() -> reader.read(folder)).isInstanceOf(ImportException.class)
                .hasMessage("speeches: is a folder, not a file");
    }

    @Test
    void missingFileIsRefused() {
        Path missing = dir.resolve("missing.pdf");

        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> reader.read(missing));

        assertThat(e.getMessage()).startsWith("missing.pdf: file not found (");
        assertThat(e.file()).isEqualTo(missing);
        assertThat(e.reason()).startsWith("file not found");
    }

    @Test
    void aSymbolicLinkLoopIsNamedAsSuchNotAsAMissingFile() throws IOException {
        Path first = dir.resolve("first.txt");
        Path second = dir.resolve("second.txt");
        Files.createSymbolicLink(first, second);
        Files.createSymbolicLink(second, first);
        Path dangling = Files.createSymbolicLink(dir.resolve("moved.txt"), dir.resolve("gone.txt"));

        assertThatThrownBy(() -> reader.read(first)).isInstanceOf(ImportException.class)
                .hasMessage("first.txt: is a symbolic link to nothing: its target " + second
                        + " is missing, or the links lead round in a loop");
        assertThatThrownBy(() -> reader.read(dangling)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("moved.txt: is a symbolic link to nothing: its target " + dir.resolve("gone.txt"));
    }

    @Test
    void aNameWithBytesTheSystemCannotDecodeSaysToRenameTheFile() {
        // How a name with invalid UTF-8 bytes ("bad\xff\xfe.txt" from the shell) reaches Java on a UTF-8 system.
        Path undecodable = dir.resolve("bad\uFFFD\uFFFDname.txt");

        assertThatThrownBy(() -> reader.read(undecodable)).isInstanceOf(ImportException.class)
                .hasMessage("bad\uFFFD\uFFFDname.txt: file not found: its name holds bytes that are not valid "
                        + "in this system's character encoding (shown as \uFFFD), so it cannot be opened by that name; "
                        + "rename the file and import it again");
    }

    @Test
    void aFileNameWithLineBreaksAndControlCharactersGivesAOneLineTitle() throws IOException {
        Path file = Files.writeString(dir.resolve("speech of\nthe\u0001minister\t.txt"), "NATO and Russia met.");

        assertThat(reader.read(file).title()).isEqualTo("speech of the minister");
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[64 * 1024];
        new Random(1997).nextBytes(bytes);
        return bytes;
    }
}
