package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the visible text of an HTML page with jsoup: scripts, styles and hidden elements are
 * dropped, block elements start a new line and paragraph-like blocks a new paragraph. A page that marks its main
 * content reads as that content alone.
 */
final class HtmlExtractor {
    /**
     * The largest page read, whether a file or a part of a .docx. Measured under the launchers' 256 MB heap: a page of
     * Word's markup (a span around every word) of 24 MB imports, one of 48 MB ran the heap out after 40 s, jsoup's tree
     * of it being many times the file.
     */
    static final long PAGE_BYTES = 24L << 20;
    private static final Set<String> INVISIBLE = Set.of(
            "script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg", "math");
    private static final Set<String> PARAGRAPHS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "figure");
    private static final Set<String> LINES = Set.of(
            "div", "li", "tr", "dt", "dd", "section", "article", "header", "footer", "main", "nav", "aside",
            "address", "figcaption", "form", "fieldset", "hr", "caption", "details", "summary");

    /** Reads {@code bytes}, the file's one version read for the import. */
    Extraction extract(Path file, byte[] bytes, ExtractionBudget budget) {
        try {
            Page page = parse(() -> new java.io.ByteArrayInputStream(bytes), file, budget);
            // the passages of many documents with their tags, which came in as one document of quotations
            if (TaguetteHighlightsPage.is(page.doc())) {
                throw new ImportException(file, "Taguette's highlights exported as a web page, not a document: "
                        + "export them from Taguette as a sheet (.csv or .xlsx) and import that, after their "
                        + "documents, to bring in their tags as coding");
            }
            List<String> warnings = new ArrayList<>(page.warnings());
            Element main = mainContent(page.doc());
            Visible visible = main == null ? null : visibleText(page, main, file, budget);
            if (visible == null || visible.text().isBlank()) {
                // none marked, or the marked one shows nothing (hidden): the whole page
                visible = visibleText(page, null, file, budget);
            } else {
                warnings.add(file.getFileName() + ": the page's main content (its <main> element) was read; the menus, "
                        + "header and footer around it were left out");
            }
            warnings.addAll(page.references().warnings(file));
            if (visible.zeroBytes() > 0) {
                warnings.add(file.getFileName() + ": " + visible.zeroBytes() + (visible.zeroBytes() == 1
                        ? " zero byte (NUL) in the page's text was left out, as browsers leave it out"
                        : " zero bytes (NUL) in the page's text were left out, as browsers leave them out"));
            }
            return new Extraction(visible.text(), HtmlTitle.of(page.doc()), null, null, Map.of(), warnings);
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
        return visibleText(parse(bytes, file, budget), null, file, budget).text();
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
        List<Element> marked = doc.body().select("main, [role=main]").stream()
                .filter(e -> e.parents().stream().noneMatch(p -> p.is("main, [role=main]")))
                .toList();
        return marked.size() == 1 && marked.get(0).hasText() ? marked.get(0) : null;
    }

    private record Page(Document doc, List<String> warnings, HtmlNumericReferences references) {
    }

    /** A page's visible text, and how many zero bytes were left out of it. */
    private record Visible(String text, int zeroBytes) {
    }

    /**
     * Parses in the encoding {@link HtmlCharset} finds, a page whose tree fits the heap ({@link HtmlHeldTree}); a page
     * it leaves undecided is read as a .txt file is.
     */
    private static Page parse(PageBytes bytes, Path file, ExtractionBudget budget) throws IOException {
        try (InputStream in = bytes.open()) {
            HtmlHeldTree.check(in, budget, Runtime.getRuntime().maxMemory());
        }
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
        String text = filter.text.toString();
        if ((long) filter.zeroBytes * 10 > text.length()
                || BinaryText.looksBinary(text, page.references().replaced())) {
            throw new ImportException(file, "does not look like HTML (binary data?)");
        }
        return new Visible(text, filter.zeroBytes);
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
                String rest = t.getWholeText().replaceFirst("^\\s*]\\s*>", "");
                if (!rest.equals(t.getWholeText())) {
                    t.text(rest);
                }
                return;
            }
        }
    }

    /** Collects text nodes and the breaks that block elements imply, skipping invisible subtrees. */
    private static final class VisibleTextFilter implements NodeFilter {
        private final VisibleText text = new VisibleText();
        private final ExtractionBudget budget;
        private int preDepth;
        private int zeroBytes;

        VisibleTextFilter(ExtractionBudget budget) {
            this.budget = budget;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            budget.tick();
            if (node instanceof TextNode textNode) {
                int before = text.length();
                String words = withoutZeroBytes(textNode.getWholeText());
                if (preDepth > 0) {
                    text.appendVerbatim(words);
                } else {
                    text.appendCollapsed(words);
                }
                budget.addChars(text.length() - before);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            if (isInvisible(element)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            String tag = element.normalName();
            if (tag.equals("br")) {
                text.hardBreak();
                return FilterResult.SKIP_ENTIRELY;
            }
            preDepth += tag.equals("pre") ? 1 : 0;
            breakAround(tag);
            if (tag.equals("td") || tag.equals("th")) {
                text.appendCollapsed(" ");
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element) {
                String tag = element.normalName();
                preDepth -= tag.equals("pre") ? 1 : 0;
                breakAround(tag);
            }
            return FilterResult.CONTINUE;
        }

        private String withoutZeroBytes(String words) {
            if (words.indexOf('\0') < 0) {
                return words;
            }
            String without = words.replace("\0", "");
            zeroBytes += words.length() - without.length();
            return without;
        }

        private void breakAround(String tag) {
            if (PARAGRAPHS.contains(tag)) {
                text.paragraphBreak();
            } else if (LINES.contains(tag)) {
                text.lineBreak();
            }
        }

        private static boolean isInvisible(Element element) {
            if (INVISIBLE.contains(element.normalName()) || element.hasAttr("hidden")) {
                return true;
            }
            String style = element.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
            return style.contains("display:none") || style.contains("visibility:hidden");
        }
    }
}
