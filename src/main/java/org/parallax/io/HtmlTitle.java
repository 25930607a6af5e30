package org.parallax.io;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's own title from its {@code <title>}, without the site's name that most sites append ("Remarks on NATO |
 * The White House"): kept, every document saved from one site had the same long tail in the document list and the
 * reports. The tail goes when it is the site's name the page declares ({@code og:site_name}, {@code
 * application-name}) after any usual separator, or any short tail after " | ", the separator sites use for it;
 * a title that is nothing but the site's name stays.
 */
final class HtmlTitle {
    private static final List<String> SEPARATORS = List.of(" | ", " – ", " — ", " - ", " :: ", " · ", " » ");
    /** Longer tails after " | " are more likely part of the title than a site's name. */
    private static final int SITE_NAME_WORDS = 6;

    private HtmlTitle() {
    }

    static String of(Document doc) {
        String title = doc.title().strip();
        String site = siteName(doc);
        if (!site.isEmpty()) {
            for (String separator : SEPARATORS) {
                String tail = separator + site;
                if (title.endsWith(tail) && !title.substring(0, title.length() - tail.length()).isBlank()) {
                    return title.substring(0, title.length() - tail.length()).strip();
                }
            }
        }
        int bar = title.lastIndexOf(" | ");
        if (bar > 0 && !title.substring(0, bar).isBlank()) {
            String tail = title.substring(bar + 3).strip();
            if (tail.split("\\s+").length <= SITE_NAME_WORDS) {
                return title.substring(0, bar).strip();
            }
        }
        return title;
    }

    private static String siteName(Document doc) {
        for (String query : List.of("meta[property=og:site_name]", "meta[name=application-name]")) {
            Element meta = doc.selectFirst(query);
            if (meta != null && !meta.attr("content").isBlank()) {
                return meta.attr("content").strip();
            }
        }
        return "";
    }
}
