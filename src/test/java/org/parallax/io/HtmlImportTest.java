package org.parallax.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlImportTest {
    private final DocumentReader reader = new DocumentReader();
    private final List<String> readout = CorpusFiles.paragraphs(CorpusFiles.KREMLIN_READOUT);

    @TempDir
    Path dir;

    /**
     * A page of Word's markup (a span around every word) of 48 MB, under the 64 MB limit of every file, ran the 256 MB
     * heap out after 40 s; one of 24 MB imports. A larger page is refused before it is read.
     */
    @Test
    void aPageLargerThanTheHtmlLimitIsRefusedBeforeItIsRead() throws IOException {
        Path file = dir.resolve("minutes.html");
        try (var out = Files.newOutputStream(file)) {
            out.write("<html><body><p>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 25; i++) {
                out.write(spaces);
            }
            out.write("Words.</p></body></html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        }

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("minutes.html: file is 25.0 MB, larger than the import limit of 24.0 MB for HTML pages "
                        + "(a page being read takes many times its size in memory); save it as a .txt file to import "
                        + "its text");
    }

    @Test
    void keepsVisibleTextAndTurnsBlocksIntoParagraphs() throws IOException {
        String html = "<!DOCTYPE html><html><head><title>Russia and NATO: war on terrorism</title>"
                + "<style>p { color: red } .secret { display: none }</style>"
                + "<script>var leaked = 'SCRIPT-TEXT';</script></head><body>\n"
                + "<h1>Cooperation   between\n Russia and NATO</h1>\n"
                + "<p>" + readout.get(0) + "</p>\n"
                + "<div hidden>HIDDEN-TEXT</div><noscript>NOSCRIPT-TEXT</noscript>"
                + "<p>" + readout.get(1) + "<br>" + readout.get(2) + "<br><br>" + readout.get(3) + "</p>"
                + "<ul><li>first item</li><li><b>second</b> item</li></ul>"
                + "<script>document.write('MORE-SCRIPT')</script></body></html>";
        Path file = Files.writeString(dir.resolve("readout.html"), html);

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo("Cooperation between Russia and NATO\n\n"
                + readout.get(0) + "\n\n" + readout.get(1) + "\n" + readout.get(2) + "\n\n" + readout.get(3)
                + "\n\nfirst item\nsecond item");
        assertThat(imported.text()).doesNotContain("SCRIPT-TEXT", "MORE-SCRIPT", "HIDDEN-TEXT", "NOSCRIPT", "color");
        assertThat(imported.title()).isEqualTo("Russia and NATO: war on terrorism");
        assertThat(imported.format()).isEqualTo("html");
    }

    /**
     * A statement saved from the White House site with the browser's "Save page as": the site's menu, its search box
     * and its footer came in as the document's first and last lines, where a search for "privacy" found them and the
     * word counts held them. A page that marks its main content is read as that content, and the import says so.
     */
    @Test
    void aPageSavedFromABrowserReadsAsItsMainContentAndSaysSo() throws IOException {
        String html = "<!DOCTYPE html><html><head><title>Statement by President Biden | The White House</title></head>"
                + "<body><header><a href=\"/\">Home</a><nav><ul><li>Briefing Room</li><li>Search</li></ul></nav></header>"
                + "<div class=\"cookies\">We use cookies.</div>"
                + "<main id=\"main\"><article><h1>Statement on the Extraordinary NATO Summit</h1>"
                + "<p>" + readout.get(0) + "</p><p>" + readout.get(1) + "</p></article></main>"
                + "<aside>Related: more statements</aside>"
                + "<footer><p>Privacy Policy · Copyright Policy</p></footer></body></html>";
        Path file = Files.writeString(dir.resolve("statement.html"), html);

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo("Statement on the Extraordinary NATO Summit\n\n" + readout.get(0) + "\n\n"
                + readout.get(1));
        assertThat(imported.warnings()).containsExactly("statement.html: the page's main content (its <main> element) "
                + "was read; the menus, header and footer around it were left out");
        assertThat(imported.title()).isEqualTo("Statement by President Biden");
    }

    /**
     * Titles keep the page's own words: every page saved from one site ended in the site's name in the document list.
     * The declared site name goes after any usual separator, a short tail after " | " goes, and a title that is
     * nothing but the site's name stays.
     */
    @Test
    void aTitleLosesTheSitesNameButKeepsItWhenNothingElseIsLeft() throws IOException {
        assertThat(titleOf("<title>Remarks on NATO | The White House</title>")).isEqualTo("Remarks on NATO");
        assertThat(titleOf("<title>Press briefing – Kremlin</title><meta property=\"og:site_name\" "
                + "content=\"Kremlin\">")).isEqualTo("Press briefing");
        assertThat(titleOf("<title>NATO – Russia relations: the facts</title>"))
                .isEqualTo("NATO – Russia relations: the facts");
        assertThat(titleOf("<title>The White House</title><meta property=\"og:site_name\" "
                + "content=\"The White House\">")).isEqualTo("The White House");
    }

    private String titleOf(String head) throws IOException {
        Path file = Files.writeString(dir.resolve("page.html"), "<html><head>" + head + "</head><body><p>"
                + readout.get(0) + "</p></body></html>");
        return reader.read(file).title();
    }

    /** A page whose marked main content shows nothing, or that marks two, is read whole, as before. */
    @Test
    void aPageWithAHiddenOrSecondMainIsReadWhole() throws IOException {
        Path hidden = Files.writeString(dir.resolve("hidden.html"), "<html><body><nav>Menu</nav><main hidden>Old"
                + "</main><p>" + readout.get(0) + "</p></body></html>");
        Path two = Files.writeString(dir.resolve("two.html"), "<html><body><main><p>One</p></main>"
                + "<div role=\"main\"><p>Two</p></div></body></html>");

        assertThat(reader.read(hidden).text()).isEqualTo("Menu\n\n" + readout.get(0));
        assertThat(reader.read(hidden).warnings()).isEmpty();
        assertThat(reader.read(two).text()).isEqualTo("One\n\nTwo");
    }

    /** "&#xD800;" came in as half a character, which SQLite stores as '?': the text saved was not the text read. */
    @Test
    void aReferenceToHalfACharacterComesInAsTheReplacementCharacterAndPairsStayWhole() throws IOException {
        Path file = Files.writeString(dir.resolve("halves.html"), "<p>" + "word ".repeat(200)
                + "before &#xD800; after &#55296;x NATO &#x1F1FA;&#x1F1E6;</p>");

        String text = reader.read(file).text();

        assertThat(text).endsWith("before \uFFFD after \uFFFDx NATO \uD83C\uDDFA\uD83C\uDDE6");
    }

    /**
     * One "&#0;" or one zero byte refused the whole page as binary data ("does not look like HTML"). A browser shows
     * the reference as � and leaves the byte out (the HTML standard's rules); so does the import, and it says so.
     */
    @Test
    void aReferenceToNoCharacterOrAZeroByteLosesOnlyThatCharacterAndTheImportSaysSo() throws IOException {
        Path file = Files.writeString(dir.resolve("nul.html"), "<p>Treaty&#0; signed\u0000 today &#x0000;</p>");

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo("Treaty\uFFFD signed today \uFFFD");
        assertThat(imported.warnings()).containsExactly(
                "nul.html: 2 character references to no character or half of one (such as &#0; or &#xD800;) were "
                        + "read as � (U+FFFD), as browsers show them",
                "nul.html: 1 zero byte (NUL) in the page's text was left out, as browsers leave it out");
        Path zeros = Files.write(dir.resolve("zeros.html"), new byte[64]);
        assertThatThrownBy(() -> reader.read(zeros)).hasMessage("zeros.html: does not look like HTML (binary data?)");
    }

    /**
     * "&#55357;&#56832;", an emoji's two UTF-16 halves written as two references, came in as the emoji, which no browser
     * shows: the HTML standard reads each as U+FFFD, however the page is cut into the reader's blocks. A short page of
     * them is not taken for binary data for its replacement characters.
     */
    @Test
    void referencesToTheTwoHalvesOfACharacterAreReadAsBrowsersReadThem() throws IOException {
        Path file = Files.writeString(dir.resolve("halves.html"),
                "<p>Smile &#55357;&#56832; and &#xD83D;&#XDE00 but &#128512; whole</p>");

        assertThat(reader.read(file).text()).isEqualTo("Smile \uFFFD\uFFFD and \uFFFD\uFFFD but \uD83D\uDE00 whole");
        for (int cut = 1; cut <= 9; cut++) {
            String padding = "<p>" + "w".repeat(64 * 1024 - 3 - cut) + "</p>";
            Path long_ = Files.writeString(dir.resolve("long" + cut + ".html"), padding + "<p>&#55357;&#00056832;x</p>");
            assertThat(reader.read(long_).text()).as("cut %d", cut).endsWith("\n\n\uFFFD\uFFFDx");
        }
    }

    /** Some programs save a page of UTF-8 bytes declaring UTF-16; it came in as a line of CJK-looking nonsense. */
    @Test
    void aPageOfUtf8BytesThatDeclaresUtf16IsReadAsUtf8AsBrowsersDo() throws IOException {
        Path file = Files.writeString(dir.resolve("saved.html"), "<html><head><meta charset=\"utf-16\">"
                + "<title>Встреча</title></head><body><p>" + readout.get(0) + " Москва.</p></body></html>");

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo(readout.get(0) + " Москва.");
        assertThat(imported.title()).isEqualTo("Встреча");
    }

    /** A Russian page in Windows-1251 that declares nothing was refused: "does not look like HTML (binary data?)". */
    @Test
    void aWindows1251PageThatDeclaresNoEncodingIsReadAsTheTextFileWouldBe() throws IOException {
        Path file = Files.write(dir.resolve("old-page.html"), ("<html><body><p>Встреча в Москве.</p><p>"
                + "Привет, мир! Это текст на русском языке.</p></body></html>").getBytes(TextFileDecoder.WINDOWS_1251));

        assertThat(reader.read(file).text()).isEqualTo("Встреча в Москве.\n\nПривет, мир! Это текст на русском языке.");
    }

    @Test
    void aDeclaredSingleByteEncodingIsStillHonoured() throws IOException {
        Path file = Files.write(dir.resolve("declared.html"), ("<html><head><meta charset=\"windows-1252\"></head>"
                + "<body><p>Café crème, “quoted”.</p></body></html>").getBytes(TextFileDecoder.WINDOWS_1252));

        assertThat(reader.read(file).text()).isEqualTo("Café crème, “quoted”.");
    }

    @Test
    void anInternalDtdSubsetIsNeitherExpandedNorShownAsText() throws IOException {
        String html = "<!DOCTYPE html [<!ENTITY lol \"lol\"> <!ENTITY lol2 \"&lol;&lol;&lol;\">]>\n"
                + "<html><body><p>" + readout.get(0) + " &lol2;</p></body></html>";
        Path file = Files.writeString(dir.resolve("dtd.html"), html);

        assertThat(reader.read(file).text()).isEqualTo(readout.get(0) + " &lol2;");
    }

    @Test
    void deeplyNestedElementsDoNotOverflowTheStack() throws IOException {
        int depth = 50_000;
        String html = "<div>".repeat(depth) + readout.get(0) + "</div>".repeat(depth);
        Path file = Files.writeString(dir.resolve("nested.html"), html);

        assertThat(reader.read(file).text()).isEqualTo(readout.get(0));
    }

    @Test
    void randomBytesNamedHtmlAreRefused() throws IOException {
        byte[] bytes = new byte[64 * 1024];
        new java.util.Random(2002).nextBytes(bytes);
        Path file = Files.write(dir.resolve("noise.html"), bytes);

        assertThatThrownBy(() -> reader.read(file)).isInstanceOf(ImportException.class)
                .hasMessage("noise.html: does not look like HTML (binary data?)");
    }

    @Test
    void htmExtensionAndDeclaredCharsetAreHonoured() throws IOException {
        String russian = CorpusFiles.paragraphs(CorpusFiles.RUSSIAN).get(0);
        String html = "<html><head><meta charset=\"windows-1251\"></head><body><p>" + russian + "</p></body></html>";
        Path file = Files.write(dir.resolve("concept.htm"), html.getBytes(TextFileDecoder.WINDOWS_1251));

        ImportedText imported = reader.read(file);

        assertThat(imported.text()).isEqualTo(russian);
        assertThat(imported.language()).isEqualTo("ru");
        assertThat(imported.format()).isEqualTo("html");
    }
}
