package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page saved on Windows as "Unicode" by a program that writes no byte order mark is UTF-16 whose ASCII has a zero
 * byte beside it, and zero bytes are valid UTF-8: such a page was refused as "does not look like HTML (binary
 * data?)". Browsers and {@code file} tell it by the zero bytes on one side of each unit, as the .txt import does; so
 * does the HTML import now, while binary data under an .html name is still refused.
 */
class HtmlUtf16WithoutByteOrderMarkTest {
    private final DocumentReader reader = new DocumentReader();

    @TempDir
    Path dir;

    @Test
    void aRealPageSavedAsUtf16WithoutItsByteOrderMarkReadsAsTheSamePageInUtf8() throws IOException {
        String english = page("Russia and NATO: cooperation in the war on terrorism",
                CorpusFiles.paragraphs(CorpusFiles.KREMLIN_READOUT));
        String russian = page("Концепция внешней политики", CorpusFiles.paragraphs(CorpusFiles.RUSSIAN));

        for (Charset utf16 : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            for (String html : List.of(english, russian)) {
                ImportedText expected = reader.read(Files.write(Files.createDirectories(dir.resolve("utf8"))
                        .resolve("saved.html"), html.getBytes(StandardCharsets.UTF_8)));
                ImportedText read = reader.read(Files.write(dir.resolve("saved.html"), html.getBytes(utf16)));

                assertThat(read.text()).as(utf16.name()).isEqualTo(expected.text())
                        .contains(html.contains("Концепция") ? "Современный мир" : "At a meeting with");
                assertThat(read.title()).as(utf16.name()).isEqualTo(expected.title());
                assertThat(read.warnings()).as(utf16.name()).isEqualTo(expected.warnings());
            }
        }
    }

    @Test
    void aReferenceToHalfACharacterInAUtf16PageIsStillReadAsBrowsersReadIt() throws IOException {
        Path file = Files.write(dir.resolve("halves.html"),
                "<p>Before &#xD800; after &#0; and &#x1F1FA;&#x1F1E6;</p>".getBytes(StandardCharsets.UTF_16LE));

        assertThat(reader.read(file).text()).isEqualTo("Before \uFFFD after \uFFFD and \uD83C\uDDFA\uD83C\uDDE6");
    }

    /** Sixteen-bit samples of a quiet sound have zero high bytes as UTF-16 has: still binary, still refused. */
    @Test
    void binaryDataWithZeroBytesOnOneSideIsStillRefused() throws IOException {
        Random random = new Random(7);
        ByteBuffer samples = ByteBuffer.allocate(64 * 1024).order(ByteOrder.LITTLE_ENDIAN);
        while (samples.hasRemaining()) {
            samples.putShort((short) random.nextInt(200));
        }
        byte[] noise = new byte[64 * 1024];
        random.nextBytes(noise);
        Path quiet = Files.write(dir.resolve("sound.html"), samples.array());
        Path random_ = Files.write(dir.resolve("noise.html"), noise);

        assertThatThrownBy(() -> reader.read(quiet)).hasMessage("sound.html: does not look like HTML (binary data?)");
        assertThatThrownBy(() -> reader.read(random_)).hasMessage("noise.html: does not look like HTML (binary data?)");
    }

    /** A page as Internet Explorer saved one as "Unicode": the site's menus around the text, the charset named. */
    private static String page(String title, List<String> paragraphs) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\r\n<html lang=\"en\"><head>\r\n<meta http-equiv="
                + "\"Content-Type\" content=\"text/html; charset=unicode\">\r\n<title>" + title + " | President of "
                + "Russia</title>\r\n<meta property=\"og:site_name\" content=\"President of Russia\">\r\n"
                + "<script>var menu = 'SCRIPT';</script></head>\r\n<body><header><nav><a href=\"/\">News</a> "
                + "<a href=\"/events\">Events</a></nav></header>\r\n<main><h1>" + title + "</h1>\r\n");
        for (String p : paragraphs) {
            html.append("<p>").append(p.replace("&", "&amp;").replace("<", "&lt;")).append("</p>\r\n");
        }
        return html.append("</main><footer>© Kremlin.ru, 2005</footer></body></html>\r\n").toString();
    }
}
