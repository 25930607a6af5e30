package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parallax.model.Document;

/**
 * Where coders' names stand in what the analysts wrote and in a file's own name, while the project pseudonymises its
 * coders (docs/agreement.md#coders-names-in-files): a name whole, in any case, its words joined as its writer likes
 * ("maria-kowalski", "Maria Kowalski", "maria_kowalski"); and a word of a name of two words or more written as a
 * name's word is, with a capital, the way {@link NameMatcher} finds an interviewee's ("Kowalski disagrees", "Maria's
 * reading", "M. Kowalski"), so a lower-case "rose" of a coder rose-miller stays a flower. A word alone that the
 * project's documents write in lower case is an ordinary word ("Second" of the coder second-coder), left where it
 * stands alone. A file's own name loses a name's word in any case, as it loses an interviewee's.
 */
final class CoderNamesInTexts {
    /**
     * The word the pseudonyms are made of, never a name alone: a text passed through twice (a REFI-QDA note's name)
     * read "Coder 2 4" for "Coder 4" in a project with a coder second-coder.
     */
    private static final String PSEUDONYMS_WORD = NameKeys.key("Coder");
    /** What joins a name's words in a login or a file name. */
    private static final String SEPARATORS = "[\\s_.\\-]+";

    private final Map<String, String> coders;
    private final Pattern whole;
    private final Map<String, String> byLowerCase = new HashMap<>();
    /** Each coder's pseudonym by the name's letters and digits alone, in lower case ({@link #spelling}). */
    private final Map<String, String> bySpelling = new HashMap<>();
    /** The names of two words or more, each word with a capital as a name is written, with their pseudonyms. */
    private final NameMatcher words;
    /** What the documents tell of a name's word: whether they write it in lower case, as an ordinary word. */
    private final SentenceStarts documents;

    /** No coders' names: nothing is found. */
    static final CoderNamesInTexts NONE = new CoderNamesInTexts(Map.of(), List::of);

    /**
     * {@code coders}: each coder's name with the pseudonym files give it ({@link CoderPseudonyms}); {@code texts}: the
     * documents' texts, read the first time a word of a name stands alone.
     */
    CoderNamesInTexts(Map<String, String> coders, Supplier<List<String>> texts) {
        this.coders = coders;
        List<String> longestFirst = new ArrayList<>(coders.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        // In any case: an analyst writes a colleague "Ann" or "ANN" whose login is "ann".
        this.whole = coders.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}])("
                + String.join("|", longestFirst.stream().map(CoderNamesInTexts::anySeparators).toList())
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Map<String, String> asNames = new LinkedHashMap<>();
        coders.forEach((name, pseudonym) -> {
            byLowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), pseudonym);
            bySpelling.putIfAbsent(spelling(name), pseudonym);
            List<String> parts = parts(name);
            if (parts.size() > 1) {
                asNames.putIfAbsent(String.join(" ", parts.stream().map(CoderNamesInTexts::capitalised).toList()),
                        pseudonym);
            }
        });
        this.words = new NameMatcher(asNames);
        this.documents = new SentenceStarts(identity(asNames.keySet()), () -> texts.get().stream()
                .map(t -> new SentenceStarts.OwnedText(t, Set.of())).toList());
    }

    /** The names of the coders of {@code project} while it pseudonymises them, its {@code documents}' texts aside. */
    static CoderNamesInTexts of(Project project, Supplier<List<Document>> documents) {
        Map<String, String> coders = CoderPseudonyms.of(project);
        return coders.isEmpty() ? NONE : new CoderNamesInTexts(coders,
                () -> documents.get().stream().map(d -> project.documents.text(d.id())).toList());
    }

    private static Map<String, String> identity(Set<String> names) {
        Map<String, String> same = new HashMap<>();
        names.forEach(n -> same.put(n, n));
        return same;
    }

    boolean active() {
        return whole != null;
    }

    /**
     * The spans of an analyst's {@code text} that name a coder; with {@code anyCase}, for a file's own name, also a
     * word of a name written small ("kowalski_notes.csv").
     */
    List<NameMatcher.Found> find(String text, boolean anyCase) {
        List<NameMatcher.Found> found = new ArrayList<>();
        if (!active()) {
            return found;
        }
        Matcher m = whole.matcher(text);
        while (m.find()) {
            // Two coders spelt alike but for case ("Ann", "ann") each keep their own where written as they are.
            found.add(new NameMatcher.Found(m.start(), m.end(), pseudonym(m.group(1))));
        }
        List<NameMatcher.Found> asNames = new ArrayList<>(words.find(text));
        if (anyCase) {
            asNames.addAll(words.findInAnyCase(text));
        }
        asNames.stream().filter(f -> !ordinaryWord(text.substring(f.start(), f.end()))).forEach(found::add);
        return found;
    }

    /**
     * Whether {@code written}, one word alone, is an ordinary word the documents write in lower case ("second",
     * "rose"): a login joins words as a person names themself ("second-coder"), and the word is more often the word
     * than them.
     */
    private boolean ordinaryWord(String written) {
        if (NameMatcher.words(written).size() != 1) {
            return false;
        }
        String key = NameKeys.key(written);
        return key.equals(PSEUDONYMS_WORD) || documents.writtenSmall(key);
    }

    /** A name's words: what stands between its separators. */
    private static List<String> parts(String name) {
        return Arrays.stream(name.strip().split(SEPARATORS)).filter(p -> !p.isEmpty()).toList();
    }

    private static String capitalised(String word) {
        int first = word.codePointAt(0);
        return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
                .append(word.substring(Character.charCount(first))).toString();
    }

    /** A coder's name as a pattern whose words may be joined by any separator, or none. */
    private static String anySeparators(String name) {
        List<String> parts = parts(name);
        return parts.isEmpty() ? Pattern.quote(name)
                : String.join("[\\s_.\\-]*", parts.stream().map(Pattern::quote).toList());
    }

    /** A name's letters and digits alone, in lower case: how its spellings are told to be one. */
    private static String spelling(String name) {
        return name.replaceAll(SEPARATORS, "").toLowerCase(Locale.ROOT);
    }

    /** The pseudonym of the coder whose name {@code written} is in some case and with some separators. */
    private String pseudonym(String written) {
        String exact = coders.get(written);
        String found = exact != null ? exact : byLowerCase.get(written.toLowerCase(Locale.ROOT));
        found = found != null ? found : bySpelling.get(spelling(written));
        if (found != null) {
            return found;
        }
        // A letter whose lower case is longer ("İ"): matched by the pattern's own rule of case.
        return coders.entrySet().stream().filter(e -> Pattern.compile(anySeparators(e.getKey()),
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(written).matches()).map(Map.Entry::getValue)
                .findFirst().orElseThrow();
    }
}
