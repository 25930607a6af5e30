package org.parallax.workbench;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.parallax.io.ImportedText;
import org.parallax.model.DocumentMeta;
import org.parallax.model.DocumentType;

/**
 * What a file says about itself, as a document's fields: a Markdown front matter's {@code type}, {@code actor} and
 * {@code scenario} fill the Type, Actor and Scenario a researcher filters and tallies by (Table 1, Analysis), as
 * they would in the import's metadata CSV. Kept only as attributes, a front matter's {@code type: speech} and
 * {@code actor: Russia} counted the document as "other" with no actor. A type that is not one of the types, or a
 * scenario the project does not have, stays an attribute as written.
 */
final class FileFields {
    private FileFields() {
    }

    static DocumentMeta of(ImportedText text, Set<String> scenarios) {
        Map<String, String> attributes = new TreeMap<>(text.attributes());
        String typeValue = value(attributes, "type");
        DocumentType type = typeValue == null ? null : DocumentType.CHOICES.find(typeValue).orElse(null);
        if (type != null) {
            attributes.remove("type");
        }
        String actor = value(attributes, "actor");
        if (actor != null) {
            attributes.remove("actor");
        }
        String scenario = value(attributes, "scenario");
        if (scenario != null && scenarios.contains(scenario)) {
            attributes.remove("scenario");
        } else {
            scenario = null;
        }
        return new DocumentMeta(text.title(), text.date(), type, actor, text.language(), scenario, attributes);
    }

    private static String value(Map<String, String> attributes, String key) {
        String value = attributes.get(key);
        return value == null || value.isBlank() ? null : value.strip();
    }
}
