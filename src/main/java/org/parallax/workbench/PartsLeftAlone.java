package org.parallax.workbench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Counted;
import org.parallax.model.Document;

/**
 * The parts of sensitive values (a surname, a given name: a word of three letters or more that starts with a
 * capital) that stand alone in documents' texts, where only the whole value or a form given is replaced. Each text
 * is shown once ({@link #look}), so an export that reads the texts anyway looks at them as it goes; {@link #lines}
 * then names each part found, its value and how many documents hold it. A hint, not a guarantee: another spelling or
 * an inflected form ("Volkova", "Волкова") is not looked for.
 */
final class PartsLeftAlone {
    private final Project project;
    private final Map<String, String> valueOfPart = new LinkedHashMap<>();
    private final Map<String, Integer> documents = new LinkedHashMap<>();
    private final Pseudonyms whole;
    private final Pattern parts;

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
                }
            }
        }
        // Parts are looked for where the whole values and forms are already taken out, as an export takes them.
        Map<String, String> takenOut = new HashMap<>();
        values.forEach(v -> takenOut.put(v, " "));
        forms.keySet().forEach(f -> takenOut.put(f, " "));
        this.whole = new Pseudonyms(takenOut);
        this.parts = valueOfPart.isEmpty() ? null
                : Pattern.compile(Pseudonyms.wholeWords(List.copyOf(valueOfPart.keySet())));
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
        return parts != null;
    }

    /** Counts the parts standing alone in one document's text; each document's text is to be shown once. */
    void look(String text) {
        if (parts == null) {
            return;
        }
        Set<String> found = new HashSet<>();
        Matcher m = parts.matcher(whole.text(text));
        while (m.find()) {
            found.add(m.group(1));
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
