package org.parallax.model;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One condition on a document attribute, as a user writes it: {@code NAME=VALUE}, where NAME is {@code type},
 * {@code actor}, {@code language} or any attribute given at import or in the metadata editor. Names and values
 * match regardless of case and surrounding spaces. Several conditions: a document needs one of the values of
 * each name given (type=speech and type=treaty: either; type=speech and actor=NATO: both).
 */
public record AttributeMatch(String name, String value) {
    /** The document properties a condition may name besides the user's own attributes. */
    public static final List<String> BUILT_IN = List.of("type", "actor", "language");

    public AttributeMatch {
        if (name == null || name.isBlank() || value == null || value.isBlank()) {
            throw new ParallaxException("An attribute condition needs a name and a value, as in type=speech");
        }
        name = name.strip();
        value = value.strip();
    }

    /** Parses {@code NAME=VALUE} (split at the first '='); anything else is refused in words. */
    public static AttributeMatch parse(String text) {
        int equals = text == null ? -1 : text.indexOf('=');
        if (equals <= 0 || text.substring(0, equals).isBlank() || text.substring(equals + 1).isBlank()) {
            throw new ParallaxException("'" + text + "' is not an attribute condition: write NAME=VALUE, as in "
                    + "type=speech or actor=NATO");
        }
        return new AttributeMatch(text.substring(0, equals), text.substring(equals + 1));
    }

    /** The document's value of attribute {@code name} (its own spelling), or null if it has none. */
    public static String valueOf(DocumentMeta meta, String name) {
        String key = name.strip().toLowerCase(Locale.ROOT);
        String value = switch (key) {
            case "type" -> meta.type().label();
            case "actor" -> meta.actor();
            case "language" -> meta.language();
            default -> meta.attributes().entrySet().stream().filter(e -> e.getKey().strip().equalsIgnoreCase(key))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        };
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** True if the document passes every condition (one value per name suffices); no conditions admit all. */
    public static boolean admitsAll(Collection<AttributeMatch> matches, DocumentMeta meta) {
        Map<String, List<AttributeMatch>> byName = matches.stream()
                .collect(Collectors.groupingBy(m -> m.name().toLowerCase(Locale.ROOT)));
        return byName.values().stream().allMatch(any -> any.stream().anyMatch(m -> m.admits(meta)));
    }

    public boolean admits(DocumentMeta meta) {
        String held = valueOf(meta, name);
        return held != null && held.equalsIgnoreCase(value);
    }

    /**
     * The attributes of these documents with the values they hold, names and values sorted regardless of
     * case: the built-in ones first, then the user's own.
     */
    public static Map<String, SortedSet<String>> choices(Collection<DocumentMeta> documents) {
        Map<String, SortedSet<String>> out = new java.util.LinkedHashMap<>();
        BUILT_IN.forEach(name -> out.put(name, new TreeSet<>(String.CASE_INSENSITIVE_ORDER)));
        TreeMap<String, SortedSet<String>> own = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (DocumentMeta meta : documents) {
            meta.attributes().keySet().stream().filter(n -> !n.isBlank() && !BUILT_IN.contains(n.strip()
                    .toLowerCase(Locale.ROOT))).forEach(n -> own.computeIfAbsent(n.strip(),
                            k -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER)));
        }
        out.putAll(own);
        for (DocumentMeta meta : documents) {
            out.forEach((name, values) -> {
                String value = valueOf(meta, name);
                if (value != null) {
                    values.add(value);
                }
            });
        }
        return out;
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
