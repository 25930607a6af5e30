package org.parallax.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One reading of a page as jsoup's stream parser builds it, giving {@link VisibleTextFilter} the nodes in document
 * order, as a traversal of the whole tree would, and taking each out of the tree once it is read. When an element
 * closes, everything before its end is complete: the elements around it not yet entered are entered (the filter's
 * head), the nodes before it within them read, then the element itself; an element is left (the filter's tail) when
 * it closes or when a later element outside it does. The parser hands over the elements still open at the body's end
 * ({@code </body>} or {@code </html>}), which what follows may still grow (text after it joins the elements left
 * open): from there on the page is read from the tree at the end.
 */
final class HtmlStreamedPass {
    private final VisibleTextFilter filter;
    private final boolean mainOnly;
    private final HtmlHeldElements held;
    /** The elements entered and not yet left, from the root down. */
    private final List<Element> entered = new ArrayList<>();
    /** The index in {@link #entered} of the element the filter skips with everything in it; -1 for none. */
    private int skippedFrom = -1;
    private Element root;
    private boolean rootRead;
    private final Set<Element> marked = Collections.newSetFromMap(new IdentityHashMap<>());
    private String firstHeading;
    private boolean subsetLooked;
    private String title = "";
    private String titleAsWritten = "";
    private final StreamedTaguetteDetails details = new StreamedTaguetteDetails();

    HtmlStreamedPass(VisibleTextFilter filter, boolean mainOnly, HtmlHeldElements held) {
        this.filter = filter;
        this.mainOnly = mainOnly;
        this.held = held;
    }

    VisibleTextFilter filter() {
        return filter;
    }

    /** How many elements marked as main content, not inside another, the body holds (counted up to 2). */
    int outermostMarked() {
        return marked.size();
    }

    String title() {
        return title;
    }

    /** Whether the page is Taguette's highlights exported as a web page ({@link TaguetteHighlightsPage}). */
    boolean taguetteHighlights() {
        return TaguetteHighlightsPage.is(titleAsWritten, firstHeading == null ? "" : firstHeading, details.seen());
    }

    /** Reads the page as {@code parser} parses it. */
    void run(org.jsoup.parser.StreamParser parser) throws IOException {
        Iterator<Element> elements = parser.iterator();
        while (elements.hasNext()) {
            Element e = elements.next();
            // The body's end hands over the elements still open, which what follows it may still grow.
            if (held.bodyEndRead() || bodyOrAbove(e)) {
                break;
            }
            closed(e);
        }
        Document doc = parser.complete();
        title = HtmlTitle.of(doc);
        titleAsWritten = doc.title();
        finish(doc.body());
    }

    private static boolean bodyOrAbove(Element e) {
        return e instanceof Document || e.parent() instanceof Document
                || e.normalName().equals("body") && e.parent() != null && e.parent().parent() instanceof Document;
    }

    private void closed(Element e) {
        List<Element> chain = ancestors(e);
        int body = bodyIndex(chain);
        if (body < 0) {
            // taken out with an ancestor, or in the head
            return;
        }
        details.closed(e, chain.size() - body);
        if (rootRead) {
            // after the main content
            remove(e);
            return;
        }
        noteMarked(chain.subList(body, chain.size()), e);
        noteHeading(e);
        if (root == null) {
            root = mainOnly ? firstMarked(chain.subList(body, chain.size()), e) : chain.get(body);
        }
        int rootAt = indexOf(chain, root);
        if (root == null || (rootAt < 0 && root != e)) {
            // before the main content, or after it
            remove(e);
            return;
        }
        List<Element> path = rootAt < 0 ? List.of() : chain.subList(rootAt, chain.size());
        readTo(path, e);
        rootRead = e == root;
    }

    /** Reads up to the end of {@code e}, whose ancestors from the root down are {@code path}. */
    private void readTo(List<Element> path, Element e) {
        int same = 0;
        while (same < entered.size() && same < path.size() && entered.get(same) == path.get(same)) {
            same++;
        }
        if (same == path.size() && same < entered.size() && entered.get(same) == e) {
            leaveDownTo(same);
            return;
        }
        leaveDownTo(same);
        for (int i = same; i < path.size(); i++) {
            if (i > 0) {
                readBefore(path.get(i - 1), path.get(i));
            }
            enter(path.get(i));
        }
        if (!path.isEmpty()) {
            readBefore(path.get(path.size() - 1), e);
        }
        read(e);
        remove(e);
    }

    /** Reads what is left of the root at the page's end. */
    private void finish(Element body) {
        if (body == null) {
            return;
        }
        body.select(HtmlExtractor.MARKED_MAIN).stream().filter(m -> outermost(m)).limit(2).forEach(marked::add);
        if (firstHeading == null) {
            Element h1 = body.selectFirst("h1");
            firstHeading = h1 == null ? "" : h1.text();
        }
        details.rest(body);
        if (rootRead) {
            return;
        }
        if (root == null) {
            root = mainOnly ? body.select(HtmlExtractor.MARKED_MAIN).stream().filter(m -> outermost(m)).findFirst()
                    .orElse(null) : body;
        }
        if (!entered.isEmpty() && entered.get(0) == root) {
            leaveDownTo(0);
        } else if (root != null) {
            read(root);
        }
    }

    private void enter(Element e) {
        if (skippedFrom < 0 && filter.head(e, entered.size()) == NodeFilter.FilterResult.SKIP_ENTIRELY) {
            skippedFrom = entered.size();
        }
        entered.add(e);
    }

    /** Leaves the entered elements below the first {@code depth}, each after what is left in it. */
    private void leaveDownTo(int depth) {
        while (entered.size() > depth) {
            int last = entered.size() - 1;
            Element e = entered.get(last);
            while (e.childNodeSize() > 0) {
                Node child = e.childNode(0);
                read(child);
                remove(child);
            }
            if (skippedFrom < 0) {
                filter.tail(e, last);
            } else if (skippedFrom == last) {
                skippedFrom = -1;
            }
            entered.remove(last);
            remove(e);
        }
    }

    /** Reads and takes out the nodes of {@code parent} before {@code child}. */
    private void readBefore(Element parent, Node child) {
        while (parent.childNodeSize() > 0 && parent.childNode(0) != child) {
            Node before = parent.childNode(0);
            read(before);
            remove(before);
        }
    }

    private void read(Node node) {
        if (skippedFrom >= 0) {
            return;
        }
        if (!subsetLooked && node instanceof TextNode t && !t.isBlank() && t.parent() != null
                && t.parent().normalName().equals("body")) {
            subsetLooked = true;
            if (t.ownerDocument() != null
                    && t.ownerDocument().childNodes().stream().anyMatch(n -> n instanceof DocumentType)) {
                HtmlExtractor.dropSubsetClose(t);
            }
        }
        NodeTraversor.filter(filter, node);
    }

    private void remove(Node node) {
        if (node.parent() == null) {
            return;
        }
        held.removed(node instanceof Element e ? e.getAllElements().size() : 0);
        node.remove();
    }

    private void noteMarked(List<Element> fromBody, Element e) {
        Element first = firstMarked(fromBody, e);
        if (first != null && marked.size() < 2) {
            marked.add(first);
        }
    }

    private void noteHeading(Element e) {
        if (firstHeading == null && e.normalName().equals("h1")) {
            firstHeading = e.text();
        }
    }

    private static Element firstMarked(List<Element> fromBody, Element e) {
        for (Element a : fromBody) {
            if (a.is(HtmlExtractor.MARKED_MAIN)) {
                return a;
            }
        }
        return e.is(HtmlExtractor.MARKED_MAIN) ? e : null;
    }

    private static boolean outermost(Element m) {
        return m.parents().stream().noneMatch(p -> p.is(HtmlExtractor.MARKED_MAIN));
    }

    /** {@code e}'s ancestors from the document's top element down; empty when it is no longer in the document. */
    private static List<Element> ancestors(Element e) {
        List<Element> chain = new ArrayList<>();
        Element a = e.parent();
        while (a != null && !(a instanceof Document)) {
            chain.add(a);
            a = a.parent();
        }
        if (a == null) {
            return List.of();
        }
        Collections.reverse(chain);
        return chain;
    }

    private static int bodyIndex(List<Element> chain) {
        return chain.size() >= 2 && chain.get(1).normalName().equals("body") ? 1 : -1;
    }

    private static int indexOf(List<Element> chain, Element e) {
        for (int i = 0; i < chain.size(); i++) {
            if (chain.get(i) == e) {
                return i;
            }
        }
        return -1;
    }
}
