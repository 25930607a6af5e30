package org.parallax.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads the visible text of an HTML page with jsoup: scripts, styles and hidden elements are
 * dropped, block elements start a new line and paragraph-like blocks a new paragraph.
 */
final class HtmlExtractor {
    private static final Set<String> INVISIBLE = Set.of(
            "script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg", "math");
    private static final Set<String> PARAGRAPHS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "figure");
    private static final Set<String> LINES = Set.of(
            "div", "li", "tr", "dt", "dd", "section", "article", "header", "footer", "main", "nav", "aside",
            "address", "figcaption", "form", "fieldset", "hr", "caption", "details", "summary");

    Extraction extract(Path file) {
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = Jsoup.parse(in, null, "");
        } catch (IOException e) {
            throw new ImportException(file, "cannot read HTML (" + Causes.brief(e) + ")", e);
        }
        VisibleText text = new VisibleText();
        append(doc.body(), text, false);
        return new Extraction(text.toString(), doc.title());
    }

    private static void append(Node node, VisibleText text, boolean preformatted) {
        if (node instanceof TextNode textNode) {
            if (preformatted) {
                text.appendVerbatim(textNode.getWholeText());
            } else {
                text.appendCollapsed(textNode.getWholeText());
            }
            return;
        }
        if (!(node instanceof Element element) || isInvisible(element)) {
            return;
        }
        String tag = element.normalName();
        if (tag.equals("br")) {
            text.lineBreak();
            return;
        }
        boolean paragraph = PARAGRAPHS.contains(tag);
        boolean line = paragraph || LINES.contains(tag);
        if (paragraph) {
            text.paragraphBreak();
        } else if (line) {
            text.lineBreak();
        } else if (tag.equals("td") || tag.equals("th")) {
            text.appendCollapsed(" ");
        }
        for (Node child : element.childNodes()) {
            append(child, text, preformatted || tag.equals("pre"));
        }
        if (paragraph) {
            text.paragraphBreak();
        } else if (line) {
            text.lineBreak();
        }
    }

    private static boolean isInvisible(Element element) {
        if (INVISIBLE.contains(element.normalName()) || element.hasAttr("hidden")) {
            return true;
        }
        String style = element.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return style.contains("display:none") || style.contains("visibility:hidden");
    }
}
