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
        String title = page.title().strip();
        if (title.startsWith(ENGLISH_TITLE)) {
            return true;
        }
        if (!title.contains("Taguette")) {
            return false;
        }
        Element heading = page.body().selectFirst("h1");
        return heading != null && heading.text().strip().equals(title)
                && page.body().children().stream().anyMatch(TaguetteHighlightsPage::isDetails);
    }

    /**
     * The same told from the title and the first heading alone, for a page read a part at a time, whose paragraphs are
     * gone once read: a page titled in Taguette's English, or naming Taguette in a title its heading repeats.
     */
    static boolean isNamed(String title, String firstHeading) {
        String t = title.strip();
        return t.startsWith(ENGLISH_TITLE) || t.contains("Taguette") && firstHeading.strip().equals(t);
    }

    /** A highlight's details: a paragraph whose only elements are two labels in bold, the first ending in a colon. */
    private static boolean isDetails(Element p) {
        return p.tagName().equals("p") && p.children().size() == 2
                && p.child(0).tagName().equals("strong") && p.child(1).tagName().equals("strong")
                && p.child(0).text().strip().endsWith(":");
    }
}
