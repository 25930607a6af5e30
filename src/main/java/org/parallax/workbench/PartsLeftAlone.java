package org.parallax.workbench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Counted;
import org.parallax.model.Document;

/**
 * The parts of sensitive values (a surname, a given name: a word of three letters or more that starts with a
 * capital) left in documents' texts after the engine replaced every form it derives ({@link NameMatcher}): a part
 * written in lower case ("volkov"), or one two values share ("Anna"), in any spelling or case form it knows. Each text
 * is shown once ({@link #look}), so an export that reads the texts anyway looks at them as it goes; {@link #lines}
 * then names each part found, its value and how many documents hold it.
 */
final class PartsLeftAlone {
    private final Project project;
    private final Map<String, String> valueOfPart = new LinkedHashMap<>();
    private final Map<String, Integer> documents = new LinkedHashMap<>();
    /** The keys of each part's forms ({@link NameKeys}), to the part. */
    private final Map<String, String> partOfKey = new HashMap<>();
    /** The parts' own keys, which count however short (their case forms, only as {@link NameKeys} says). */
    private final Set<String> ownKeys = new HashSet<>();
    private final Map<String, String> keys = new HashMap<>();
    private final Pseudonyms whole;
    private int shortestKey = Integer.MAX_VALUE;
    private int longestKey;

    /** The parts of the sensitive values of {@code listed}, the project's documents. */
    PartsLeftAlone(Project project, List<Document> listed) {
        this.project = project;
        Map<String, String> forms = Pseudonyms.forms(project);
        Set<String> replaced = new HashSet<>();
        List<String> values = Pseudonyms.sensitiveValues(project, listed);
        values.forEach(v -> replaced.add(v.toLowerCase(Locale.ROOT)));
        forms.keySet().forEach(f -> replaced.add(f.toLowerCase(Locale.ROOT)));
        for (String value : values) {
            for (String part : value.split("[^\\p{L}\\p{N}]+")) {
                if (part.codePointCount(0, part.length()) >= 3 && Character.isUpperCase(part.codePointAt(0))
                        && !part.equals(value) && !replaced.contains(part.toLowerCase(Locale.ROOT))) {
                    valueOfPart.putIfAbsent(part, value);
                    String own = NameKeys.key(part);
                    ownKeys.add(own);
                    for (String key : NameKeys.inflected(own)) {
                        partOfKey.putIfAbsent(key, part);
                        shortestKey = Math.min(shortestKey, Math.max(3, key.length()));
                        longestKey = Math.max(longestKey, key.length());
                    }
                }
            }
        }
        // Parts are looked for where the export's engine has taken out what it replaces, each value apart.
        Map<String, String> takenOut = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            takenOut.put(values.get(i), "#" + i);
        }
        forms.forEach((form, value) -> takenOut.putIfAbsent(form, takenOut.getOrDefault(value, "#")));
        this.whole = new Pseudonyms(takenOut);
    }

    /** Every part found in the texts of all the project's documents, one line each. */
    static List<String> of(Project project) {
        return lookedFor(project).lines();
    }

    /** Each part found standing alone in the project's documents, with the value it is part of, in values' order. */
    static Map<String, String> foundIn(Project project) {
        PartsLeftAlone found = lookedFor(project);
        Map<String, String> parts = new LinkedHashMap<>(found.valueOfPart);
        parts.keySet().retainAll(found.documents.keySet());
        return parts;
    }

    private static PartsLeftAlone lookedFor(Project project) {
        List<Document> listed = project.documents.list();
        PartsLeftAlone found = new PartsLeftAlone(project, listed);
        if (found.wanted()) {
            listed.forEach(d -> found.look(project.documents.text(d.id())));
        }
        return found;
    }

    /** False when no value has a part to look for, so no text need be read. */
    boolean wanted() {
        return !partOfKey.isEmpty();
    }

    /**
     * Counts the parts left in one document's text once the engine has replaced what it replaces (a part written in
     * lower case, or one two values share); each document's text is to be shown once.
     */
    void look(String text) {
        if (!wanted() || text == null) {
            return;
        }
        Set<String> found = new HashSet<>();
        String left = whole.text(text);
        for (int[] word : NameMatcher.words(left)) {
            // A key is at most twice as long as its word ("Юля", "iulia") and at least half as long ("Shch", "s").
            int length = word[1] - word[0];
            if (2 * length >= shortestKey && length <= 2 * longestKey + 2) {
                String spelt = left.substring(word[0], word[1]);
                String key = keys.computeIfAbsent(spelt, NameKeys::key);
                String part = partOfKey.get(key);
                if (part != null && (ownKeys.contains(key) || NameKeys.caseFormCounts(key, spelt))) {
                    found.add(part);
                }
            }
        }
        if (keys.size() > 100_000) {
            keys.clear();
        }
        found.forEach(part -> documents.merge(part, 1, Integer::sum));
    }

    /** One line for each part found, in the order of the values, with the command that makes it a form. */
    List<String> lines() {
        return valueOfPart.entrySet().stream().filter(e -> documents.containsKey(e.getKey()))
                .map(e -> "'" + e.getKey() + "' (of '" + e.getValue() + "') stands alone in "
                        + Counted.of(documents.get(e.getKey()), "document") + " and is not pseudonymised; if it names "
                        + "the same person, " + formRemedy(e.getValue(), e.getKey()))
                .toList();
    }

    /**
     * How the part becomes a form: the command, or in the window its own Make forms, which a session that may not
     * write settings (read-only, a team coder) cannot offer: the line then says why rather than a refusal later.
     */
    private String formRemedy(String value, String part) {
        if (!project.inTheWindow) {
            return "make it a form: " + project.sensitiveCommand("--form '" + value + "=" + part + "'");
        }
        if (project.maySaveSettings()) {
            return "make it a form with Make forms, offered after this box";
        }
        return "a form of it cannot be made in this session: " + (project.store.readOnlyReason().isPresent()
                ? "the project is open read-only" : "only a lead makes forms of a team project");
    }
}
