package org.parallax.io;

import org.jsoup.nodes.Element;

/**
 * Whether one of the body's own paragraphs is a Taguette highlight's details ({@link TaguetteHighlightsPage#isDetails}),
 * told of a page read a part at a time ({@link HtmlStreamedPass}): each element is taken out of the tree once read, so
 * a paragraph's two labels in bold are gone by the time it closes, and are counted as each of them closes. Without
 * it, a page titled and headed "Taguette" (a review of the program) was refused as highlights when large and imported
 * when small.
 */
final class StreamedTaguetteDetails {
    private Element paragraph;
    private int children;
    private boolean allBold;
    private boolean labelled;
    private boolean seen;

    /** Takes in {@code e} as it closes, {@code depth} elements below the body (1: one of the body's own). */
    void closed(Element e, int depth) {
        if (seen) {
            return;
        }
        Element parent = e.parent();
        if (depth == 2 && parent != null && parent.normalName().equals("p")) {
            if (parent != paragraph) {
                paragraph = parent;
                children = 0;
                allBold = true;
            }
            children++;
            allBold &= e.normalName().equals("strong");
            if (children == 1) {
                labelled = e.text().strip().endsWith(":");
            }
        } else if (depth == 1) {
            seen = e == paragraph ? e.normalName().equals("p") && children == 2 && allBold && labelled
                    : TaguetteHighlightsPage.isDetails(e);
        }
    }

    /** Takes in the body's own elements still in the tree at the page's end, whole. */
    void rest(Element body) {
        seen = seen || body.children().stream().anyMatch(TaguetteHighlightsPage::isDetails);
    }

    boolean seen() {
        return seen;
    }
}
