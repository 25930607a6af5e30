package org.parallax.workbench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.parallax.model.Counted;

/**
 * The words of coders' names a file still carries while the project pseudonymises its coders: those the engine
 * ({@link CoderNamesInTexts}) left in an analyst's text as ordinary words — written small ("kowalski" of
 * maria-kowalski, "may" of the coder may), a date ("In May 2008"), a sentence's start alone ("Will NATO expand?") —
 * or could not give one coder's pseudonym (a word two coders' names share). One line per word, naming the coder, the
 * texts it stands in with how many, and why it was left, so the researcher can read those texts before the file goes
 * out (docs/agreement.md#coders-names-in-files). The documents' own texts and quotes of them are not looked at: they
 * keep their words in every file.
 */
final class CoderNamesLeft {
    private static final String SHARED = "it is a word of more than one coder's name (%s), so whose pseudonym it "
            + "takes cannot be told";
    private static final String OTHER = "it was not read as the name there";

    private final CoderNamesInTexts engine;
    /** Each word's key, to the coders (name, pseudonym) whose name it is a word of. */
    private final Map<String, Map<String, String>> codersOfKey = new HashMap<>();
    /** Each word left, as first written, with the places it stands in counted and the reasons. */
    private final Map<String, Map<String, Integer>> places = new LinkedHashMap<>();
    private final Map<String, Set<String>> reasons = new HashMap<>();
    /** Each word's key, to the word as the coder's name spells it. */
    private final Map<String, String> spelling = new HashMap<>();

    private CoderNamesLeft(Map<String, String> coders, CoderNamesInTexts engine) {
        this.engine = engine;
        coders.forEach((name, pseudonym) -> {
            for (int[] word : NameMatcher.words(name)) {
                String part = name.substring(word[0], word[1]);
                String key = NameKeys.key(part);
                // "Coder" of second-coder stands in every pseudonym and is never replaced alone.
                if (part.codePointCount(0, part.length()) >= 3 && !key.equals(CoderWordReading.PSEUDONYMS_WORD)) {
                    spelling.putIfAbsent(key, part);
                    codersOfKey.computeIfAbsent(NameKeys.key(part), k -> new LinkedHashMap<>()).put(name, pseudonym);
                }
            }
        });
    }

    /** One line for each word of a coder's name the project's files keep; empty while coders are not pseudonymised. */
    static List<String> of(Project project) {
        Map<String, String> coders = CoderPseudonyms.of(project);
        if (coders.isEmpty()) {
            return List.of();
        }
        List<org.parallax.model.Document> listed = project.documents.list();
        CoderNamesLeft left = new CoderNamesLeft(coders, new CoderNamesInTexts(coders,
                () -> listed.stream().map(d -> project.documents.text(d.id())).toList()));
        ProjectTexts.each(project, listed, left::look);
        return left.lines();
    }

    private void look(String place, String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String replaced = new Pseudonyms(Map.of(), List.of(), SentenceStarts.NONE, engine).text(text);
        Set<String> here = new LinkedHashSet<>();
        for (int[] word : NameMatcher.words(replaced)) {
            String key = NameKeys.key(replaced.substring(word[0], word[1]));
            Map<String, String> coders = codersOfKey.get(key);
            if (coders != null) {
                String shown = spelling.get(key);
                here.add(shown);
                reasons.computeIfAbsent(shown, w -> new LinkedHashSet<>()).add(why(replaced, word, coders));
            }
        }
        // Each text counted once for a word, however often it writes it.
        here.forEach(shown -> places.computeIfAbsent(shown, w -> new LinkedHashMap<>()).merge(place, 1, Integer::sum));
    }

    private String why(String text, int[] word, Map<String, String> coders) {
        if (coders.size() > 1) {
            return String.format(SHARED, String.join(", ", coders.keySet()));
        }
        if (!Character.isUpperCase(text.codePointAt(word[0]))) {
            return CoderWordReading.Reading.LOWER_CASE.why;
        }
        CoderWordReading.Reading reading = engine.reading(text, word[0], word[1]);
        return reading == CoderWordReading.Reading.NAME ? OTHER : reading.why;
    }

    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        places.forEach((word, counted) -> {
            Map<String, String> coders = codersOfKey.get(NameKeys.key(word));
            List<String> named = new ArrayList<>();
            coders.forEach((name, pseudonym) -> named.add("the coder " + name + ", " + pseudonym + " in files"));
            List<String> where = new ArrayList<>();
            counted.forEach((place, count) -> where.add(Counted.of(count, place)));
            lines.add("'" + word + "' (" + String.join("; ", named) + ") is not replaced in " + PartsLeftAlone.joined(where) + ": "
                    + PartsLeftAlone.joined(new ArrayList<>(reasons.get(word))) + "; where it names the coder, write the name in "
                    + "full or with a capital inside a sentence, which files replace");
        });
        return lines;
    }
}
