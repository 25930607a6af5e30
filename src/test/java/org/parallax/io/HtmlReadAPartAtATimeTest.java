package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A page whose tree would not fit the heap is read a part at a time; it reads to the text, title and warnings its
 * tree gives, whatever its shape: block and line breaks, {@code pre}, hidden parts, a marked main content, tags left
 * open or closed out of order, text after the body's end, a DOCTYPE's internal subset, tables, encodings. Each page is
 * read under a heap so small that its tree does not fit, and under one that holds it.
 */
class HtmlReadAPartAtATimeTest {
    /** A heap whose seven eighths hold the tree of none of the pages below, padded as they are. */
    private static final long SMALL_HEAP = 1L << 20;
    private static final long LARGE_HEAP = 1L << 30;
    private static final String WORDS = "<b>word</b> <i>by</i> <span>word</span> ".repeat(1_500);

    static Stream<Arguments> pages() {
        return Stream.of(
                page("a transcript marked word by word", "<html><body><p>" + WORDS + "</p></body></html>"),
                page("blocks, lines and pre", "<html><head><title>Minutes | NATO</title></head><body><h1>Minutes</h1>"
                        + "<div>one<div>two <b>three</b></div>four</div><pre>  kept\n   as  is <b> bold </b></pre>"
                        + "<p>a<br>b<br><br>c</p><ul><li>x<li>y</ul><table><tr><td>1<td>2</table>" + WORDS
                        + "</body></html>"),
                page("hidden parts", "<body><p>seen<script>no</script><span hidden>no <b>never</b></span>"
                        + "<div style='display: none'><p>no<b>no</b></p></div><template><b>t</b></template>"
                        + WORDS + "<noscript><i>n</i></noscript>end</p></body>"),
                page("one main content", "<body><nav><a>Home</a> <a>News</a></nav><main><h2>Remarks</h2><p>"
                        + WORDS + "</p></main><footer><b>Cookies</b></footer></body>"),
                page("two main contents", "<body><main><p>one " + WORDS + "</p></main><div role=main><b>two</b></div>"
                        + "</body>"),
                page("a hidden main content", "<body><main hidden><b>x</b></main><p>" + WORDS + "</p></body>"),
                page("paragraphs never closed", "<body><p>one <b>bold<p>two <i>it" + WORDS + "<p>three</body>"),
                page("tags closed out of order", "<body><b>1<i>2</b>3</i><p><b>x<p>y</b>z" + WORDS + "</body>"),
                page("text after the body's end", "<html><body><p>in <b>bold " + WORDS + "</body>after <i>it</i>"
                        + "</html> and more"),
                page("a DOCTYPE's internal subset", "<!DOCTYPE html [<!ENTITY x \"y\">]><html><body>" + WORDS
                        + "</body></html>"),
                page("text a table pushes before itself", "<body><table>pushed<tr><td>" + WORDS
                        + "</td></tr>also</table>after</body>"),
                page("nothing but text and breaks", "<p>" + "line<br>".repeat(6_000)),
                page("references to no character", "<body><p>&#0; and &#xD800;" + WORDS + "</p></body>"),
                page("Taguette's highlights", "<html><head><title>Taguette highlights: security</title></head><body>"
                        + "<h1>Taguette highlights: security</h1>" + WORDS + "</body></html>"),
                page("Taguette's highlights in German", "<html><head><title>Taguette-Highlights: Sicherheit</title>"
                        + "</head><body><h1>Taguette-Highlights: Sicherheit</h1><p>In Tver, then Moscow. " + WORDS
                        + "</p><p><strong>Dokument:</strong> interview <strong>Tags:</strong> security</p></body>"
                        + "</html>"),
                page("a review titled and headed Taguette", "<html><head><title>Taguette</title></head><body>"
                        + "<h1>Taguette</h1><p><strong>Taguette</strong> is a free tool. " + WORDS + "</p><p>Export: "
                        + "<strong>CSV</strong>.</p></body></html>"),
                bytes("Windows-1251 declared", ("<html><head><meta charset=windows-1251><title>Речь</title></head>"
                        + "<body><p>Уважаемые коллеги " + WORDS + "</p></body></html>").getBytes(Charset.forName(
                        "windows-1251"))),
                bytes("Windows-1251 not declared", ("<html><body><p>Уважаемые коллеги " + WORDS + "</p></body></html>")
                        .getBytes(Charset.forName("windows-1251"))),
                bytes("UTF-16 with a byte order mark", withBom(("<html><body><p>Добрый день " + WORDS
                        + "</p></body></html>").getBytes(StandardCharsets.UTF_16LE))),
                bytes("UTF-16 without a byte order mark", ("<html><body><p>Добрый день " + WORDS + "</p></body></html>")
                        .getBytes(StandardCharsets.UTF_16BE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void aPageReadAPartAtATimeReadsAsItsTree(String shape, byte[] page) {
        Path file = Path.of("page.html");
        HtmlHeldTree.Count count = countOf(page);
        assertThat(count.heldBytes()).as("the tree does not fit the small heap")
                .isGreaterThan(HtmlHeldTree.allowed(SMALL_HEAP));

        Extraction fromTree = read(page, file, LARGE_HEAP);
        Extraction partByPart = read(page, file, SMALL_HEAP);

        assertThat(partByPart.text()).isEqualTo(fromTree.text());
        assertThat(partByPart.declaredTitle()).isEqualTo(fromTree.declaredTitle());
        assertThat(partByPart.warnings()).isEqualTo(fromTree.warnings());
    }

    private static Extraction read(byte[] page, Path file, long heap) {
        ExtractionBudget budget = ExtractionBudget.start(file, ExtractionLimits.defaults());
        try {
            return HtmlExtractor.extract(() -> new ByteArrayInputStream(page), file, budget, heap);
        } catch (ImportException e) {
            // the same refusal from both ways of reading
            return new Extraction(e.getMessage(), "", null, null, java.util.Map.of(), java.util.List.of());
        }
    }

    private static HtmlHeldTree.Count countOf(byte[] page) {
        try {
            return HtmlHeldTree.count(new ByteArrayInputStream(page), () -> { });
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Arguments page(String shape, String html) {
        return bytes(shape, html.getBytes(StandardCharsets.UTF_8));
    }

    private static Arguments bytes(String shape, byte[] page) {
        return Arguments.of(shape, page);
    }

    private static byte[] withBom(byte[] utf16le) {
        byte[] out = new byte[utf16le.length + 2];
        out[0] = (byte) 0xFF;
        out[1] = (byte) 0xFE;
        System.arraycopy(utf16le, 0, out, 2, utf16le.length);
        return out;
    }
}
