package org.parallax.workbench;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.parallax.model.Counted;
import org.parallax.model.Document;

/**
 * The parts of sensitive values (a surname, a given name: a word of three letters or more that starts with a
 * capital) left in what an export writes after the engine replaced every form it derives ({@link NameMatcher}): in
 * documents' texts ({@link #look}) and in every other text of the project ({@link #lookBeyondTexts}: titles, attribute
 * values, memos, the codebook, coders' names, process tracing), in any spelling or case form it knows. {@link #lines}
 * then names each part found, its value, where it was found and why it was left as it is, so the researcher can act.
 */
final class PartsLeftAlone {
    /** Why the engine left a part as it is, as the line says it. */
    enum Reason {
        LOWER_CASE("it is written in lower case"),
        DATE(CoderWordReading.Reading.DATE.why),
        SHARED("it is a word of another value too (%s), so whose pseudonym it takes cannot be told"),
        SENTENCE_START("it begins a sentence, the texts also write it in lower case, as an ordinary word, and none names "
                + "the person by it there"),
        OTHER("it was not read as the name there");

        private final String words;

        Reason(String words) {
            this.words = words;
        }
    }

    private static final String DOCUMENT = "document";
    private final Project project;
    private final Map<String, String> valueOfPart = new LinkedHashMap<>();
    /** The other values a part is a word of ("Anna" of "Anna Berg" and of "Anna Petrova"). */
    private final Map<String, List<String>> sharedWith = new HashMap<>();
    /** Where each part was found: the kind of place, with how many of them. */
    private final Map<String, Map<String, Integer>> places = new LinkedHashMap<>();
    private final Map<String, EnumSet<Reason>> reasons = new HashMap<>();
    /** The keys of each part's forms ({@link NameKeys}), to the part. */
    private final Map<String, String> partOfKey = new HashMap<>();
    /** The parts' own keys, which count however short (their case forms, only as {@link NameKeys} says). */
    private final Set<String> ownKeys = new HashSet<>();
    private final Map<String, String> keys = new HashMap<>();
    private final Pseudonyms whole;
    private final SentenceStarts starts;
    private final List<Document> listed;
    private int shortestKey = Integer.MAX_VALUE;
    private int longestKey;

    /** The parts of the sensitive values of {@code listed}, the project's documents. */
    PartsLeftAlone(Project project, List<Document> listed) {
        this.project = project;
        this.listed = listed;
        Map<String, String> forms = Pseudonyms.forms(project);
        Set<String> replaced = new HashSet<>();
        List<String> values = Pseudonyms.sensitiveValues(project, listed);
        values.forEach(v -> replaced.add(v.toLowerCase(Locale.ROOT)));
        forms.keySet().forEach(f -> replaced.add(f.toLowerCase(Locale.ROOT)));
        // A value the mapping still holds, no document's now, is replaced as the documents' are (Pseudonyms.of).
        List<String> earlier = Pseudonyms.mappedValues(project).stream().filter(v -> !values.contains(v)).toList();
        Map<String, Set<String>> valuesOfKey = new HashMap<>();
        for (String value : Stream.concat(values.stream(), earlier.stream()).toList()) {
            for (String part : value.split("[^\\p{L}\\p{N}]+")) {
                NameKeys.inflected(NameKeys.key(part)).forEach(k -> valuesOfKey.computeIfAbsent(k,
                        x -> new LinkedHashSet<>()).add(value));
            }
        }
        for (String value : values) {
            for (String part : value.split("[^\\p{L}\\p{N}]+")) {
                // A value of one word is a part of itself: it is replaced only where it reads as the name.
                if (part.codePointCount(0, part.length()) >= 3 && Character.isUpperCase(part.codePointAt(0))
                        && (part.equals(value) || !replaced.contains(part.toLowerCase(Locale.ROOT)))) {
                    valueOfPart.putIfAbsent(part, value);
                    String own = NameKeys.key(part);
                    ownKeys.add(own);
                    Set<String> others = new LinkedHashSet<>();
                    for (String key : NameKeys.inflected(own)) {
                        partOfKey.putIfAbsent(key, part);
                        shortestKey = Math.min(shortestKey, Math.max(3, key.length()));
                        longestKey = Math.max(longestKey, key.length());
                        others.addAll(valuesOfKey.getOrDefault(key, Set.of()));
                    }
                    others.remove(valueOfPart.get(part));
                    if (!others.isEmpty()) {
                        sharedWith.putIfAbsent(part, List.copyOf(others));
                    }
                }
            }
        }
        // Parts are looked for where the export's engine has taken out what it replaces, each value apart.
        Map<String, String> takenOut = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            takenOut.put(values.get(i), "#" + i);
        }
        for (int i = 0; i < earlier.size(); i++) {
            takenOut.put(earlier.get(i), "#" + (values.size() + i));
        }
        forms.forEach((form, value) -> takenOut.putIfAbsent(form, takenOut.getOrDefault(value, "#")));
        // The engine's own evidence, so a word it leaves at a sentence's start is left here too, and named.
        this.starts = Pseudonyms.sentenceStarts(project, listed, takenOut);
        this.whole = new Pseudonyms(takenOut, Pseudonyms.sensitiveAttributes(project), starts);
    }

    /** Every part found in the project's documents and other texts, one line each. */
    static List<String> of(Project project) {
        return lookedFor(project).lines();
    }

    /**
     * Each part found standing alone in the project's texts, with the value it is part of, in values' order: those a
     * form can be made of, so not a value of one word left where it read as an ordinary word.
     */
    static Map<String, String> foundIn(Project project) {
        PartsLeftAlone found = lookedFor(project);
        Map<String, String> parts = new LinkedHashMap<>(found.valueOfPart);
        parts.keySet().retainAll(found.places.keySet());
        // A value of one word is no form of itself.
        parts.entrySet().removeIf(e -> e.getKey().equals(e.getValue()));
        return parts;
    }

    private static PartsLeftAlone lookedFor(Project project) {
        List<Document> listed = project.documents.list();
        PartsLeftAlone found = new PartsLeftAlone(project, listed);
        if (found.wanted()) {
            listed.forEach(d -> found.look(d, project.documents.text(d.id())));
            found.lookBeyondTexts();
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
    void look(Document d, String text) {
        if (wanted() && text != null) {
            look(DOCUMENT, whole.document(d, text).text(), false);
        }
    }

    /**
     * {@link #look} for a text the export's own pseudonyms have already rewritten (the .qdpx's, as it is written): the
     * same parts are left in it, and the text is not rewritten a second time.
     */
    void lookReplaced(String replaced) {
        look(DOCUMENT, replaced, false);
    }

    /** Looks at every text of the project besides the documents' own: titles, attributes, memos, codebook, coders. */
    void lookBeyondTexts() {
        if (wanted()) {
            ProjectTexts.each(project, listed, this::look);
        }
    }

    private void look(String place, String text) {
        look(place, text, true);
    }

    private void look(String place, String text, boolean replace) {
        if (!wanted() || text == null) {
            return;
        }
        Map<String, EnumSet<Reason>> found = new HashMap<>();
        String left = replace ? whole.text(text) : text;
        Set<String> lowerCase = null;
        for (int[] word : NameMatcher.words(left)) {
            // A key is at most twice as long as its word ("Юля", "iulia") and at least half as long ("Shch", "s").
            int length = word[1] - word[0];
            if (2 * length >= shortestKey && length <= 2 * longestKey + 2) {
                String spelt = left.substring(word[0], word[1]);
                String key = keys.computeIfAbsent(spelt, NameKeys::key);
                String part = partOfKey.get(key);
                if (part != null && (ownKeys.contains(key) || NameKeys.caseFormCounts(key, spelt))) {
                    Reason why;
                    if (!Character.isUpperCase(spelt.codePointAt(0))) {
                        why = Reason.LOWER_CASE;
                    } else if (CoderWordReading.readsAsADate(left, word[0], word[1])) {
                        why = Reason.DATE;
                    } else if (sharedWith.containsKey(part)) {
                        why = Reason.SHARED;
                    } else {
                        lowerCase = lowerCase != null ? lowerCase : lowerCaseKeys(left);
                        why = NameMatcher.sentenceStart(left, word[0])
                                && (lowerCase.contains(key) || starts.writtenSmall(key))
                                ? Reason.SENTENCE_START : Reason.OTHER;
                    }
                    found.computeIfAbsent(part, p -> EnumSet.noneOf(Reason.class)).add(why);
                }
            }
        }
        if (keys.size() > 100_000) {
            keys.clear();
        }
        found.forEach((part, why) -> {
            places.computeIfAbsent(part, p -> new LinkedHashMap<>()).merge(place, 1, Integer::sum);
            reasons.computeIfAbsent(part, p -> EnumSet.noneOf(Reason.class)).addAll(why);
        });
    }

    private Set<String> lowerCaseKeys(String text) {
        Set<String> lower = new HashSet<>();
        for (int[] word : NameMatcher.words(text)) {
            if (Character.isLowerCase(text.codePointAt(word[0]))) {
                lower.add(keys.computeIfAbsent(text.substring(word[0], word[1]), NameKeys::key));
            }
        }
        return lower;
    }

    /**
     * One line for each part found, in the order of the values: where it stands, why it was left as it is, and the
     * command that makes it a form.
     */
    List<String> lines() {
        return valueOfPart.entrySet().stream().filter(e -> places.containsKey(e.getKey()))
                .map(e -> e.getKey().equals(e.getValue())
                        ? "'" + e.getKey() + "' (a value of one word) is not pseudonymised in " + where(places.get(
                        e.getKey())) + ": " + why(e.getKey()) + "; where it names the person, change it by hand in "
                        + "the file written before handing it on"
                        : "'" + e.getKey() + "' (of '" + e.getValue() + "') is not pseudonymised in "
                        + where(places.get(e.getKey())) + ": " + why(e.getKey()) + "; if it names the same person, "
                        + formRemedy(e.getValue(), e.getKey()))
                .toList();
    }

    private static String where(Map<String, Integer> counted) {
        List<String> each = new ArrayList<>();
        counted.forEach((place, count) -> each.add(Counted.of(count, place)));
        return joined(each);
    }

    private String why(String part) {
        List<String> each = new ArrayList<>();
        for (Reason reason : reasons.get(part)) {
            each.add(reason == Reason.SHARED ? String.format(Locale.ROOT, reason.words, String.join(", ",
                    sharedWith.get(part).stream().map(v -> "'" + v + "'").toList())) : reason.words);
        }
        return joined(each);
    }

    /** "a", "a and b", "a, b and c". */
    static String joined(List<String> each) {
        if (each.size() == 1) {
            return each.get(0);
        }
        return String.join(", ", each.subList(0, each.size() - 1)) + " and " + each.get(each.size() - 1);
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
