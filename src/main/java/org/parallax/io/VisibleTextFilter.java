package org.parallax.io;

import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/** Collects text nodes and the breaks that block elements imply, skipping invisible subtrees. */
final class VisibleTextFilter implements NodeFilter {
    private static final Set<String> INVISIBLE = Set.of(
            "script", "style", "noscript", "template", "head", "title", "iframe", "object", "svg", "math");
    private static final Set<String> PARAGRAPHS = Set.of(
            "p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "ul", "ol", "dl", "figure");
    private static final Set<String> LINES = Set.of(
            "div", "li", "tr", "dt", "dd", "section", "article", "header", "footer", "main", "nav", "aside",
            "address", "figcaption", "form", "fieldset", "hr", "caption", "details", "summary");

    private final VisibleText text = new VisibleText();
    private final ExtractionBudget budget;
    private int preDepth;
    private int zeroBytes;

    VisibleTextFilter(ExtractionBudget budget) {
        this.budget = budget;
    }

    /** The text collected so far. */
    String text() {
        return text.toString();
    }

    /** How many zero bytes were left out of the text so far. */
    int zeroBytes() {
        return zeroBytes;
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
