package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the visible text of an HTML page with jsoup: scripts, styles and hidden elements are
 * dropped, block elements start a new line and paragraph-like blocks a new paragraph. A page that marks its main
 * content reads as that content alone. A page whose tree would not fit the heap is read a part at a time
 * ({@link HtmlStreamedText}), to the same text.
 */
final class HtmlExtractor {
    /**
     * The largest page read, whether a file or a part of a .docx. Measured under the launchers' 256 MB heap: a page of
     * Word's markup (a span around every word) of 24 MB imports, one of 48 MB ran the heap out after 40 s, jsoup's tree
     * of it being many times the file.
     */
    static final long PAGE_BYTES = 24L << 20;
    static final String MARKED_MAIN = "main, [role=main]";
    /** What jsoup reads of a page to find the encoding it declares. */
    private static final int DECLARATION_BYTES = 64 * 1024;

    /** Reads {@code bytes}, the file's one version read for the import. */
    Extraction extract(Path file, byte[] bytes, ExtractionBudget budget) {
        return extract(() -> new java.io.ByteArrayInputStream(bytes), file, budget, Runtime.getRuntime().maxMemory());
    }

    /** Reads a page as {@link #extract(Path, byte[], ExtractionBudget)} does, its tree to fit in {@code heapBytes}. */
    static Extraction extract(PageBytes bytes, Path file, ExtractionBudget budget, long heapBytes) {
        try {
            PageText page = read(bytes, file, budget, heapBytes, true);
            // the passages of many documents with their tags, which came in as one document of quotations
            if (page.taguette()) {
                throw new ImportException(file, "Taguette's highlights exported as a web page, not a document: "
                        + "export them from Taguette as a sheet (.csv or .xlsx) and import that, after their "
                        + "documents, to bring in their tags as coding");
            }
            List<String> warnings = new ArrayList<>(page.warnings());
            if (page.mainOnly()) {
                warnings.add(file.getFileName() + ": the page's main content (its <main> element) was read; the menus, "
                        + "header and footer around it were left out");
            }
            warnings.addAll(page.references().warnings(file));
            if (page.zeroBytes() > 0) {
                warnings.add(file.getFileName() + ": " + page.zeroBytes() + (page.zeroBytes() == 1
                        ? " zero byte (NUL) in the page's text was left out, as browsers leave it out"
                        : " zero bytes (NUL) in the page's text were left out, as browsers leave them out"));
            }
            return new Extraction(page.text(), page.title(), null, null, Map.of(), warnings);
        } catch (IOException e) {
            throw new ImportException(file, "cannot read HTML (" + Causes.brief(e) + ")", e);
        }
    }

    /** The bytes of a page, opened afresh each time: deciding the encoding reads them before the parse does. */
    @FunctionalInterface
    interface PageBytes {
        InputStream open() throws IOException;
    }

    /** The visible text of an HTML part inside {@code file} (a .docx's merged-in part), within the file's budget. */
    static String visibleText(PageBytes bytes, Path file, ExtractionBudget budget) throws IOException {
        return read(bytes, file, budget, Runtime.getRuntime().maxMemory(), false).text();
    }

    /**
     * What a page reads as: its visible text (of its main content when {@code mainAlone} and it marks one that shows
     * text), title and warnings. Read from jsoup's tree when the tree fits seven eighths of {@code heapBytes}
     * ({@link HtmlHeldTree}), else a part at a time.
     */
    private static PageText read(PageBytes bytes, Path file, ExtractionBudget budget, long heapBytes,
            boolean mainAlone) throws IOException {
        HtmlHeldTree.Count count;
        try (InputStream in = bytes.open()) {
            count = HtmlHeldTree.count(in, budget::tick);
        }
        if (count.readAPartAtATime(heapBytes)) {
            return new HtmlStreamedText(file, budget, count, heapBytes).read(source(bytes, file), mainAlone);
        }
        Page page = parse(bytes, file, budget);
        Element main = mainAlone ? mainContent(page.doc()) : null;
        Visible visible = main == null ? null : visibleText(page, main, file, budget);
        boolean mainOnly = visible != null && !visible.text().isBlank();
        if (!mainOnly) {
            // none marked, or the marked one shows nothing (hidden): the whole page
            visible = visibleText(page, null, file, budget);
        }
        return new PageText(visible.text(), visible.zeroBytes(), HtmlTitle.of(page.doc()), mainOnly,
                TaguetteHighlightsPage.is(page.doc()), page.warnings(), page.references());
    }

    /**
     * The one element a page marks as its main content ({@code <main>}, or {@code role="main"}), when it has text: a
     * page saved from a browser also holds the site's menus, header, footer and cookie notice, which came in as the
     * document's first and last lines. Null when the page marks none, several, or an empty one: all of it is read.
     */
    private static Element mainContent(Document doc) {
        if (doc.body() == null) {
            return null;
        }
        List<Element> marked = doc.body().select(MARKED_MAIN).stream()
                .filter(e -> e.parents().stream().noneMatch(p -> p.is(MARKED_MAIN)))
                .toList();
        return marked.size() == 1 && marked.get(0).hasText() ? marked.get(0) : null;
    }

    private record Page(Document doc, List<String> warnings, HtmlNumericReferences references) {
    }

    /** A page's visible text, and how many zero bytes were left out of it. */
    record Visible(String text, int zeroBytes) {
    }

    /** What a page reads as, from its tree or a part at a time. */
    record PageText(String text, int zeroBytes, String title, boolean mainOnly, boolean taguette,
            List<String> warnings, HtmlNumericReferences references) {
    }

    /** The characters of a page, in the encoding the tree's parse would read them in, each time afresh. */
    interface PageSource {
        /** The page's characters, its references to no character written as U+FFFD as {@code references} counts. */
        Reader open(HtmlNumericReferences references) throws IOException;

        /** What decoding the page warns of (its damaged bytes). */
        List<String> warnings();
    }

    /**
     * The page's characters as {@link #parse} reads them: in the encoding {@link HtmlCharset} finds, else the one jsoup
     * finds declared, else decoded as a .txt file is.
     */
    private static PageSource source(PageBytes bytes, Path file) throws IOException {
        String charset;
        try (InputStream in = bytes.open()) {
            charset = HtmlCharset.forBytesIn(in);
        }
        if (charset == null) {
            Charset declared;
            try (InputStream in = bytes.open()) {
                declared = Jsoup.parse(new java.io.ByteArrayInputStream(in.readNBytes(DECLARATION_BYTES)), null, "")
                        .charset();
            }
            charset = HtmlCharset.detectionFellThrough(declared) ? null : declared.name();
        }
        if (charset == null || HtmlCharset.isUtf16WithoutByteOrderMark(charset)) {
            DecodedText decoded = decodedAsText(bytes, file);
            return new PageSource() {
                @Override
                public Reader open(HtmlNumericReferences references) {
                    return new StringReader(references.rewritten(decoded.text()));
                }

                @Override
                public List<String> warnings() {
                    return decoded.warnings();
                }
            };
        }
        String known = charset;
        return new PageSource() {
            @Override
            public Reader open(HtmlNumericReferences references) throws IOException {
                return new InputStreamReader(references.rewriting(bytes.open()), known);
            }

            @Override
            public List<String> warnings() {
                return List.of();
            }
        };
    }

    /**
     * Parses in the encoding {@link HtmlCharset} finds; a page it leaves undecided is read as a .txt file is.
     */
    private static Page parse(PageBytes bytes, Path file, ExtractionBudget budget) throws IOException {
        String charset;
        try (InputStream in = bytes.open()) {
            charset = HtmlCharset.forBytesIn(in);
        }
        if (HtmlCharset.isUtf16WithoutByteOrderMark(charset)) {
            // The references are rewritten in the decoded text: the byte stream's rewriting reads ASCII bytes.
            return parsedAsText(bytes, file, budget);
        }
        Document doc;
        HtmlNumericReferences references = new HtmlNumericReferences();
        try (InputStream in = references.rewriting(bytes.open())) {
            doc = Jsoup.parse(in, charset, "");
        }
        budget.checkTime();
        if (charset == null && HtmlCharset.detectionFellThrough(doc.charset())) {
            return parsedAsText(bytes, file, budget);
        }
        return new Page(doc, List.of(), references);
    }

    /** The page decoded as a .txt file is, then parsed. */
    private static Page parsedAsText(PageBytes bytes, Path file, ExtractionBudget budget) throws IOException {
        DecodedText decoded = decodedAsText(bytes, file);
        HtmlNumericReferences references = new HtmlNumericReferences();
        Document doc = Jsoup.parse(references.rewritten(decoded.text()));
        budget.checkTime();
        return new Page(doc, decoded.warnings(), references);
    }

    private static DecodedText decodedAsText(PageBytes bytes, Path file) throws IOException {
        byte[] all;
        try (InputStream in = bytes.open()) {
            all = in.readAllBytes();
        }
        try {
            return TextFileDecoder.decode(file, all);
        } catch (ImportException e) {
            throw new ImportException(file, "does not look like HTML (binary data?)");
        }
    }

    /**
     * The visible text of {@code main}, or of the whole body when it is null. Zero bytes are left out, as browsers
     * leave them out, unless they are more than a tenth of the text: UTF-16 without a byte order mark, which is also
     * valid UTF-8, or other binary data. The U+FFFD of the page's references to no character are not taken for damage.
     */
    private static Visible visibleText(Page page, Element main, Path file, ExtractionBudget budget) {
        Document doc = page.doc();
        dropRestOfInternalSubset(doc);
        VisibleTextFilter filter = new VisibleTextFilter(budget);
        // The traversal is iterative, so absurdly deep nesting cannot overflow the stack.
        NodeTraversor.filter(filter, main != null ? main : doc.body());
        return checked(filter, page.references(), file);
    }

    /** The text {@code filter} took, refused when it looks like binary data rather than a page's text. */
    static Visible checked(VisibleTextFilter filter, HtmlNumericReferences references, Path file) {
        String text = filter.text();
        if ((long) filter.zeroBytes() * 10 > text.length() || BinaryText.looksBinary(text, references.replaced())) {
            throw new ImportException(file, "does not look like HTML (binary data?)");
        }
        return new Visible(text, filter.zeroBytes());
    }

    /**
     * An HTML parser ends a DOCTYPE at its first '>', so of an internal subset ({@code <!DOCTYPE html [<!ENTITY
     * …>]>}, never expanded) the closing "]>" would open the visible text; it is dropped here.
     */
    private static void dropRestOfInternalSubset(Document doc) {
        if (doc.childNodes().stream().noneMatch(n -> n instanceof org.jsoup.nodes.DocumentType)) {
            return;
        }
        for (TextNode t : doc.body() == null ? List.<TextNode>of() : doc.body().textNodes()) {
            if (!t.isBlank()) {
                dropSubsetClose(t);
                return;
            }
        }
    }

    /** Drops "]>" from the start of the page's first text, the end of a DOCTYPE's internal subset. */
    static void dropSubsetClose(TextNode t) {
        String rest = t.getWholeText().replaceFirst("^\\s*]\\s*>", "");
        if (!rest.equals(t.getWholeText())) {
            t.text(rest);
        }
    }
}
