package org.parallax.workbench;

import java.util.List;
import java.util.Locale;
import org.parallax.analysis.TextUnit;
import org.parallax.analysis.UnitSplitter;
import org.parallax.model.Document;

/** The units the assistant codes in a document: its sentences or paragraphs, by the document's language. */
final class AssistantUnits {
    private AssistantUnits() {
    }

    static List<TextUnit> of(Document document, String text, UnitSplitter.Kind kind) {
        return UnitSplitter.split(kind, document.id(), text, locale(document));
    }

    static boolean russian(Document document) {
        String language = document.meta().language();
        return language != null && language.trim().toLowerCase(Locale.ROOT).startsWith("ru");
    }

    /**
     * Whether the semantic method can read the document: its language is English, or not given (the language the
     * units are split in then too). Any other language gets the lexical method.
     */
    static boolean english(Document document) {
        String language = document.meta().language();
        return language == null || language.isBlank() || language.trim().toLowerCase(Locale.ROOT).startsWith("en");
    }

    private static Locale locale(Document document) {
        String language = document.meta().language();
        return language == null || language.isBlank() ? Locale.ENGLISH : Locale.forLanguageTag(language.trim());
    }
}
