package org.parallax.search;

import java.time.LocalDate;
import java.util.Locale;

/**
 * What the index needs to know about one project document: identity, the metadata shown in KWIC
 * lines and usable as filters, the stored normalised text and its content hash.
 * Nullable metadata means "not known"; {@code language} selects the analysis of the text ({@link #stemmedField}).
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
        return IndexFields.TEXT_RU.equals(stemmedField());
    }

    /**
     * The field the text's words go to stemmed in the language's way: English when the language is English or not
     * known (most projects give none), Russian, Arabic; a language Lucene has no stemmer for here (Hebrew, Greek,
     * German, "und" for a language not determined) keeps its words as they are, lower-cased, rather than having
     * English endings cut off them.
     */
    String stemmedField() {
        String tag = language == null ? "" : language.trim().toLowerCase(Locale.ROOT);
        String primary = tag.split("[-_]", 2)[0];
        return switch (primary) {
            case "", "en" -> IndexFields.TEXT_EN;
            case "ru" -> IndexFields.TEXT_RU;
            case "ar" -> IndexFields.TEXT_AR;
            default -> IndexFields.TEXT_PLAIN;
        };
    }
}
