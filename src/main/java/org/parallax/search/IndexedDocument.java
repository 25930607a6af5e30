package org.parallax.search;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What the index needs to know about one project document: identity, the metadata shown in KWIC
 * lines and usable as filters, the stored normalised text and its content hash.
 * Nullable metadata means "not known"; {@code language} selects the stemmer ("ru" Russian, else English).
 */
public record IndexedDocument(long id, String title, LocalDate date, String type, String actor,
                              String language, String text, String contentHash) {

    public IndexedDocument {
        if (text == null) {
            throw new IllegalArgumentException("Document " + id + " has no text to index");
        }
        title = title == null ? "" : title;
        contentHash = contentHash == null ? "" : contentHash;
    }

    /** True if the text should be analysed with the Russian stemmer. */
    public boolean isRussian() {
        return language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("ru");
    }
}
