package org.parallax.model;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Descriptive metadata of a document, as given at import or edited later.
 * Nullable fields mean "not known"; {@code scenario} is a scenario name. The attributes come in name order, so every
 * file written from them (a REFI-QDA project's variables, a report's columns) is the same from one run to the next.
 * The values are as given or stored: {@link #cleaned} is what the store writes, so a read shows what the project holds.
 */
public record DocumentMeta(String title, LocalDate date, DocumentType type, String actor,
                           String language, String scenario, Map<String, String> attributes) {

    public DocumentMeta {
        type = type == null ? DocumentType.OTHER : type;
        // Map.copyOf refuses null names and values; its iteration order changes with every run of the JVM.
        attributes = attributes == null || attributes.isEmpty() ? Map.of()
                : Collections.unmodifiableSortedMap(new TreeMap<>(Map.copyOf(attributes)));
    }

    /**
     * This metadata as it comes into a project: the title, the scenario and the attribute names as {@link Names#clean}
     * makes them, the actor, language and attribute values without NUL characters; of two attribute names that
     * become one, the first in name order is kept.
     */
    public DocumentMeta cleaned() {
        TreeMap<String, String> cleanedAttributes = new TreeMap<>();
        attributes.forEach((name, value) -> cleanedAttributes.putIfAbsent(Names.clean(name),
                NulCharacters.removed(value)));
        return new DocumentMeta(Names.clean(title), date, type, NulCharacters.removed(actor),
                NulCharacters.removed(language), Names.clean(scenario), cleanedAttributes);
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
