package org.parallax.io;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Taguette's highlights exported as a web page, told by the page's make rather than by its English title. Taguette
 * translates the title into its interface's language ("Taguette-Highlights: security" in German, "Taguette : marques :
 * security" in French, po/main_de_DE.po and po/main_fr_FR.po of its sources) and the "Document:" and "Tags:" labels,
 * so a page exported from a Taguette in another language came in as one document of quotations. What it keeps in every
 * language: the product's name in the title, the title again as the page's one heading, and after each highlight a
 * paragraph of the two labels in bold (templates/export_highlights.html).
 */
final class TaguetteHighlightsPage {
    private static final String ENGLISH_TITLE = "Taguette highlights";

    private TaguetteHighlightsPage() {
    }

    static boolean is(Document page) {
        Element heading = page.body().selectFirst("h1");
        return is(page.title(), heading == null ? "" : heading.text(),
                page.body().children().stream().anyMatch(TaguetteHighlightsPage::isDetails));
    }

    /**
     * The same told from a page's title (as written, the site's name not cut), the text of its first {@code h1}, and
     * whether one of the body's own paragraphs is a highlight's details: a page titled in Taguette's English, or one
     * naming Taguette in a title its heading repeats, with a highlight's details. A page read a part at a time tells
     * the details as they pass ({@link StreamedTaguetteDetails}), so a page of either size reads the same.
     */
    static boolean is(String title, String firstHeading, boolean sawDetails) {
        String t = title.strip();
        return t.startsWith(ENGLISH_TITLE) || t.contains("Taguette") && firstHeading.strip().equals(t) && sawDetails;
    }

    /** A highlight's details: a paragraph whose only elements are two labels in bold, the first ending in a colon. */
    static boolean isDetails(Element p) {
        return p.tagName().equals("p") && p.children().size() == 2
                && p.child(0).tagName().equals("strong") && p.child(1).tagName().equals("strong")
                && p.child(0).text().strip().endsWith(":");
    }
}
