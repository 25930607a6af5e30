package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
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
 * reading", "M. Kowalski"), so a lower-case "rose" of a coder rose-miller stays a flower. A name's word with an ending
 * counts only in Cyrillic ("Миллера"): in Latin letters it is mostly another word ("Marks", "walkers.csv", "coders"
 * for the coders mark-miller, frank-walker and second-coder). A word standing alone — a
 * login of one word ("may") or a word of a longer name — that the project's documents write in lower case is an
 * ordinary word, replaced only where it reads as the name ({@link CoderWordReading}: "May disagrees", not "In May
 * 2008"). A text that is a coder's name and nothing else (a coder column, a memo's author) is the name. A file's own
 * name loses a name's word in any case, as it loses an interviewee's.
 */
final class CoderNamesInTexts {
    /** What joins a name's words in a login or a file name. */
    private static final String SEPARATORS = "[\\s_.\\-]+";

    private final Map<String, String> coders;
    private final Pattern whole;
    private final Map<String, String> byLowerCase = new HashMap<>();
    /** Each coder's pseudonym by the name's letters and digits alone, in lower case ({@link #spelling}). */
    private final Map<String, String> bySpelling = new HashMap<>();
    /** The names of two words or more, each word with a capital as a name is written, with their pseudonyms. */
    private final NameMatcher words;
    /** How a word of a name standing alone reads: as the name or as an ordinary word the documents write small. */
    private final CoderWordReading reading;
    /** The pseudonyms of the names of two words or more. */
    private final Set<String> ownNames;

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
        Set<String> alone = new HashSet<>();
        coders.forEach((name, pseudonym) -> {
            byLowerCase.putIfAbsent(name.toLowerCase(Locale.ROOT), pseudonym);
            bySpelling.putIfAbsent(spelling(name), pseudonym);
            List<String> parts = parts(name);
            if (parts.size() > 1) {
                asNames.putIfAbsent(String.join(" ", parts.stream().map(CoderNamesInTexts::capitalised).toList()),
                        pseudonym);
            } else if (parts.size() == 1) {
                alone.add(capitalised(parts.get(0)));
            }
        });
        this.words = new NameMatcher(asNames, false);
        this.ownNames = Set.copyOf(asNames.values());
        alone.addAll(asNames.keySet());
        this.reading = new CoderWordReading(new SentenceStarts(identity(alone), () -> texts.get().stream()
                .map(t -> new SentenceStarts.OwnedText(t, Set.of())).toList()));
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
            if (anyCase || readsAsTheName(text, m.start(), m.end())) {
                // Two coders spelt alike but for case ("Ann", "ann") each keep their own where written as they are.
                found.add(new NameMatcher.Found(m.start(), m.end(), pseudonym(m.group(1))));
            }
        }
        // Each name counted as the text's own, so that a word beginning a sentence is decided here, not by the text's
        // other words alone (NameMatcher leaves one the text also writes small: "Kowalski agrees; ask kowalski").
        words.find(text, ownNames).stream().filter(f -> readsAsTheName(text, f.start(), f.end()))
                .forEach(found::add);
        if (anyCase) {
            // A file name has no sentences: a word of a name in it is the name unless the documents write it small.
            words.findInAnyCase(text).stream().filter(f -> NameMatcher.words(text.substring(f.start(), f.end()))
                    .size() != 1 || !reading.ordinary(NameKeys.key(text.substring(f.start(), f.end()))))
                    .forEach(found::add);
        }
        return found;
    }

    /**
     * Whether the span found reads as a coder's name: a span of two words or more, a text that is the name and nothing
     * else, or one word that reads as the name where it stands ({@link CoderWordReading}).
     */
    private boolean readsAsTheName(String text, int start, int end) {
        String written = text.substring(start, end);
        return NameMatcher.words(written).size() != 1 || text.strip().equals(written)
                || reading.of(text, start, end) == CoderWordReading.Reading.NAME;
    }

    /** How a word of a coder's name written alone at {@code start}–{@code end} of {@code text} reads. */
    CoderWordReading.Reading reading(String text, int start, int end) {
        return reading.of(text, start, end);
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
