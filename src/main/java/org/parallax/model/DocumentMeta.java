package org.parallax.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Descriptive metadata of a document, as given at import or edited later.
 * Nullable fields mean "not known"; {@code scenario} is a scenario name. The attributes come in name order, so every
 * file written from them (a REFI-QDA project's variables, a report's columns) is the same from one run to the next.
 */
public record DocumentMeta(String title, LocalDate date, DocumentType type, String actor,
                           String language, String scenario, Map<String, String> attributes) {

    public DocumentMeta {
        title = Names.clean(title);
        scenario = Names.clean(scenario);
        actor = NulCharacters.removed(actor);
        language = NulCharacters.removed(language);
        type = type == null ? DocumentType.OTHER : type;
        attributes = attributes == null || attributes.isEmpty() ? Map.of() : cleanNames(attributes);
    }

    /**
     * The attributes in name order, each name as {@link Names#clean} makes it and each value without NUL characters;
     * of two names that become one, the first in the given names' order is kept.
     */
    private static Map<String, String> cleanNames(Map<String, String> attributes) {
        // Map.copyOf refuses null names and values; its iteration order changes with every run of the JVM.
        TreeMap<String, String> cleaned = new TreeMap<>();
        new TreeMap<>(Map.copyOf(attributes)).forEach((name, value) -> cleaned.putIfAbsent(Names.clean(name),
                NulCharacters.removed(value)));
        return Collections.unmodifiableSortedMap(cleaned);
    }

    /** Metadata with only a title; everything else unknown. */
    public static DocumentMeta titled(String title) {
        return new DocumentMeta(title, null, DocumentType.OTHER, null, null, null, Map.of());
    }

    public DocumentMeta withTitle(String newTitle) {
        return new DocumentMeta(newTitle, date, type, actor, language, scenario, attributes);
    }

    public DocumentMeta withLanguage(String newLanguage) {
        return new DocumentMeta(title, date, type, actor, newLanguage, scenario, attributes);
    }

    /** Fills every unknown field of this from {@code fallback}; attributes are merged, this wins. */
    public DocumentMeta orElse(DocumentMeta fallback) {
        var merged = new TreeMap<>(fallback.attributes);
        merged.putAll(attributes);
        return new DocumentMeta(
                title != null ? title : fallback.title,
                date != null ? date : fallback.date,
                type != DocumentType.OTHER ? type : fallback.type,
                actor != null ? actor : fallback.actor,
                language != null ? language : fallback.language,
                scenario != null ? scenario : fallback.scenario,
                merged);
    }
}
