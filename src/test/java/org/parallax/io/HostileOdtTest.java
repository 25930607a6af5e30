package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A hostile .odt fails with one line naming the file and the problem, whatever the part that is hostile. */
class HostileOdtTest {
    static final String OPEN = "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\"><office:body><office:text>";
    static final String CLOSE = "</office:text></office:body></office:document-content>";

    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void aZipBombIsRefusedBeforeAnyXmlIsRead() throws IOException {
        Path bomb = Fixtures.zipBomb(dir.resolve("bomb.odt"), "content.xml");

        assertThatThrownBy(() -> reader.read(bomb)).isInstanceOf(ImportException.class)
                .hasMessage("bomb.odt: zip archive unpacks to more than 256.0 MB, the import limit (zip bomb?)");
    }

    @Test
    void entityExpansionIsRefusedAsADoctype() throws IOException {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol1 \"&lol;&lol;&lol;"
                + "&lol;&lol;&lol;&lol;&lol;&lol;&lol;\"><!ENTITY lol2 \"&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;"
                + "&lol1;&lol1;&lol1;\">]>" + OPEN + "<text:p>&lol2;</text:p>" + CLOSE;
        Path file = odt("lolz.odt", laughs);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("lolz.odt: damaged ODT file (contains a DOCTYPE declaration, refused for safety)");
    }

    @Test
    void anExternalEntityIsNeverFetched() throws IOException {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>" + OPEN
                + "<text:p>&secret;</text:p>" + CLOSE;
        Path file = odt("xxe.odt", xxe);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("xxe.odt: damaged ODT file (contains a DOCTYPE declaration, refused for safety)")
                .hasMessageNotContaining("root:");
    }

    /** 100,000 spans inside each other cost no call depth: the word at the bottom comes in. */
    @Test
    void deepNestingIsReadWithoutRecursion() throws IOException {
        int depth = 100_000;
        String deep = OPEN + "<text:p>" + "<text:span>".repeat(depth) + "bottom" + "</text:span>".repeat(depth)
                + "</text:p>" + CLOSE;

        assertThat(reader.read(odt("deep.odt", deep)).text()).isEqualTo("bottom\n");
    }

    @Test
    void aHugeCountOfSpacesIsChargedBeforeItIsMade() throws IOException {
        Path file = odt("spaces.odt", OPEN + "<text:p>a<text:s text:c=\"2000000000\"/>b</text:p>" + CLOSE);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("spaces.odt: exceeds the extraction limit (20,000,000 characters of text)");
    }

    @Test
    void randomBytesNamedOdtAreNotAZip() throws IOException {
        Path file = Files.write(dir.resolve("noise.odt"), new byte[] {1, 2, 3, 4, 5, 6, 7, 8});

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("noise.odt: not an ODT file (not a zip archive)");
    }

    @Test
    void aWordFileNamedOdtIsNamedAsAWordDocument() throws IOException {
        Path docx = Fixtures.docx(dir.resolve("real.docx"), null, java.util.List.of("Minutes"), null);
        Path file = Files.copy(docx, dir.resolve("minutes.odt"));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("minutes.odt: is a Word document (.docx) with a .odt name; rename it to .docx to import it");
    }

    @Test
    void aSpreadsheetNamedOdtIsRefusedByItsType() throws IOException {
        Path file = zip("budget.odt", "mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                "content.xml", OPEN + CLOSE);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("budget.odt: not a text document (an OpenDocument file of type"
                        + " 'application/vnd.oasis.opendocument.spreadsheet'; only .odt texts are imported)");
    }

    @Test
    void aPasswordProtectedFileSaysSo() throws IOException {
        String manifest = "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                + "<manifest:file-entry manifest:full-path=\"content.xml\"><manifest:encryption-data/>"
                + "</manifest:file-entry></manifest:manifest>";
        Path file = zip("secret.odt", "META-INF/manifest.xml", manifest, "content.xml", "\u0001\u0002garbled");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("secret.odt: encrypted ODT (needs a password)");
    }

    @Test
    void brokenXmlIsOneLineWithItsPlace() throws IOException {
        Path file = odt("cut.odt", OPEN + "<text:p>The Council met");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("cut.odt: damaged ODT file (content.xml, line 1, column ")
                .hasMessageNotContaining("\n");
    }

    private Path odt(String name, String content) throws IOException {
        return zip(name, "mimetype", "application/vnd.oasis.opendocument.text", "content.xml", content);
    }

    /** A zip of entries given as name, text, name, text, ... */
    private Path zip(String name, String... entries) throws IOException {
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < entries.length; i += 2) {
                zip.putNextEntry(new ZipEntry(entries[i]));
                zip.write(entries[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return file;
    }
}
