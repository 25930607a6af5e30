package org.parallax.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words of a query that a language's analysis drops as stop words (English "the", Russian "про", "еще"), with
 * the languages that drop them, so that a query of nothing else is refused in words its reader recognises: a
 * Russian researcher typing ПРО (missile defence) was told of 'the' and 'of'.
 */
final class CommonWords {
    private static final Map<String, String> LANGUAGES = Map.of(
            IndexFields.TEXT_EN, "English",
            IndexFields.TEXT_RU, "Russian",
            IndexFields.TEXT_AR, "Arabic");
    private static final Map<String, String> EXAMPLES = Map.of(
            "English", "'the', 'of', 'and'",
            "Russian", "'и', 'не', 'про', 'еще'",
            "Arabic", "'في', 'من'");

    /** Each left-out word of the query, as typed, with the languages that do not index it. */
    private final Map<String, Set<String>> leftOut = new LinkedHashMap<>();

    /** Notes that {@code word} is not indexed on its own in the stemmed field {@code field}. */
    void add(String word, String field) {
        String language = LANGUAGES.get(field);
        if (language != null) {
            leftOut.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(language);
        }
    }

    boolean isEmpty() {
        return leftOut.isEmpty();
    }

    /**
     * Why a query of only such words finds nothing, and what does: the same words in quotes, which search the exact
     * forms, where no word is left out.
     */
    String refusal(String query) {
        Map<String, List<String>> byLanguage = new LinkedHashMap<>();
        leftOut.forEach((word, languages) -> languages.forEach(
                language -> byLanguage.computeIfAbsent(language, l -> new ArrayList<>()).add(word)));
        List<String> reasons = new ArrayList<>();
        byLanguage.forEach((language, words) -> reasons.add(quoted(words) + (words.size() == 1 ? " is a common "
                + language + " word" : " are common " + language + " words") + " (like " + EXAMPLES.get(language)
                + ")"));
        boolean one = leftOut.size() == 1;
        return "The query '" + query + "' has only common words, which are not indexed on their own: "
                + String.join("; ", reasons) + ". Type \"" + query.replace("\"", "").strip() + "\" in quotes to find "
                + (one ? "it" : "them") + " as written";
    }

    /** For a query that found other words: which were left out, and how to require them. */
    String leftOutNote() {
        List<String> words = new ArrayList<>(leftOut.keySet());
        Set<String> languages = new LinkedHashSet<>();
        leftOut.values().forEach(languages::addAll);
        boolean one = words.size() == 1;
        return quoted(words) + (one ? " was left out as a common " : " were left out as common ")
                + String.join(" and ", languages) + (one ? " word" : " words") + "; put "
                + (one ? "it" : "them") + " in quotes (\"" + words.get(0) + "\") to require " + (one ? "it" : "them");
    }

    private static String quoted(List<String> words) {
        return String.join(", ", words.stream().map(w -> "'" + w + "'").toList());
    }
}
