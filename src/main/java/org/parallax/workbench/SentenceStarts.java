package org.parallax.workbench;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the project's documents tell of a word of a sensitive value that begins a sentence alone ("Frank discussions
 * were held" for a Frank Miller): whether they write it in lower case, as an ordinary word, and whether they name the
 * person by it, writing it beside another word of the value ("Frank Miller", "Miller, Frank") or with a capital in a
 * document of that person. Read from every document's text once, the first time an export meets such a word.
 */
final class SentenceStarts {
    /** One document's text and the sensitive values (and their forms) that are its own. */
    record OwnedText(String text, Set<String> values) {
    }

    /**
     * A word of a value beginning a sentence in a document that does not name the person by it: the text from the word
     * on (at most {@link #SNIPPET} characters), and whether that document also writes the word in lower case.
     */
    private record Start(String text, boolean writtenSmallThere) {
    }

    private static final int SNIPPET = 120;
    /** The least of a quote that must match a sentence start kept in its document to be taken as a quote of it. */
    private static final int QUOTED = 16;

    /** Nothing known beyond the text at hand. */
    static final SentenceStarts NONE = new SentenceStarts(Map.of(), List::of);

    /** The key of each word of a value or form (and its case forms), to the values it is a word of. */
    private final Map<String, Set<String>> valuesOfKey = new HashMap<>();
    private final Supplier<List<OwnedText>> documents;
    private final Map<String, String> keys = new HashMap<>();
    /** How often each key is written in lower case, and alone with a capital inside a sentence. */
    private Map<String, Integer> small;
    private Map<String, Integer> alone;
    /** Each key's spellings the documents write in lower case, themselves in lower case ("bob" of "a bob sled"). */
    private Map<String, Set<String>> smallSpellings;
    private Set<String> named;
    /** Each key's sentence starts in documents that name no one by it: their decision is their quotes' decision. */
    private Map<String, List<Start>> starts;

    /** {@code valueOf}: each value and form, with the value it stands for; {@code documents} read when first asked. */
    SentenceStarts(Map<String, String> valueOf, Supplier<List<OwnedText>> documents) {
        this.documents = documents;
        valueOf.forEach((name, value) -> NameMatcher.words(name).forEach(w -> NameKeys.inflected(
                NameKeys.key(name.substring(w[0], w[1]))).forEach(k -> valuesOfKey.computeIfAbsent(k,
                x -> new HashSet<>()).add(value))));
    }

    /**
     * Whether the documents write the word with this key in lower case more often than alone with a capital inside a
     * sentence in a document not its person's ("President Putin", "Mr Frank"): one "putin" in a file note does not make
     * a president's name an ordinary word.
     */
    synchronized boolean writtenSmall(String key) {
        read();
        return small.getOrDefault(key, 0) > alone.getOrDefault(key, 0);
    }

    /**
     * Whether the documents write {@code written}, spelt as it is, in lower case as an ordinary word: a login "bobb"
     * whose key is that of the documents' "bob" is no ordinary word, for they never write it so.
     */
    synchronized boolean writtenSmallAs(String key, String written) {
        return writtenSmall(key) && smallSpellings.getOrDefault(key, Set.of())
                .contains(written.toLowerCase(Locale.ROOT));
    }

    /** Whether some document names a person by the word: beside another word of the value, or as its own value's. */
    synchronized boolean named(String key) {
        read();
        return named.contains(key);
    }

    /**
     * Whether {@code rest}, a text from a word with this key beginning a sentence, quotes a sentence start its document
     * keeps as an ordinary word (it writes the word small, or the documents do, and it names no one by it): a passage
     * quoted apart from its document follows the document ("Frank discussions were held" stays in the passages CSV as
     * in the document).
     */
    synchronized boolean keptInItsDocument(String key, String rest) {
        read();
        for (Start start : starts.getOrDefault(key, List.of())) {
            int n = Math.min(rest.length(), start.text().length());
            if (n >= Math.min(start.text().length(), QUOTED) && rest.regionMatches(0, start.text(), 0, n)
                    && (start.writtenSmallThere() || writtenSmall(key))) {
                return true;
            }
        }
        return false;
    }

    private void read() {
        if (small != null) {
            return;
        }
        small = new HashMap<>();
        alone = new HashMap<>();
        smallSpellings = new HashMap<>();
        named = new HashSet<>();
        starts = new HashMap<>();
        if (valuesOfKey.isEmpty()) {
            return;
        }
        for (OwnedText document : documents.get()) {
            read(document);
        }
        keys.clear();
    }

    private void read(OwnedText document) {
        String text = document.text();
        List<int[]> words = NameMatcher.words(text);
        String[] keyOf = new String[words.size()];
        Set<String> smallHere = new HashSet<>();
        for (int j = 0; j < words.size(); j++) {
            int[] word = words.get(j);
            String spelt = text.substring(word[0], word[1]);
            // A name's word is short: a long run of letters (a URL, a table) is no word of one.
            String key = spelt.length() > 40 ? "" : keys.computeIfAbsent(spelt, NameKeys::key);
            keyOf[j] = valuesOfKey.containsKey(key) && Character.isUpperCase(spelt.codePointAt(0)) ? key : null;
            if (valuesOfKey.containsKey(key) && keyOf[j] == null) {
                small.merge(key, 1, Integer::sum);
                smallSpellings.computeIfAbsent(key, k -> new HashSet<>()).add(spelt.toLowerCase(Locale.ROOT));
                smallHere.add(key);
            }
            if (keys.size() > 100_000) {
                keys.clear();
            }
        }
        // As NameMatcher decides a document's sentence start: the document names the person by the word when it writes
        // it beside the rest of the name, with a capital inside a sentence, or is the person's own.
        Set<String> namedHere = new HashSet<>();
        List<Integer> startsHere = new java.util.ArrayList<>();
        for (int j = 0; j < words.size(); j++) {
            String key = keyOf[j];
            if (key == null || CoderWordReading.readsAsADate(text, words.get(j)[0], words.get(j)[1])) {
                // "In May 2008" neither names a May Lindqvist nor writes "May" as a name inside a sentence.
                continue;
            }
            if (NameMatcher.sentenceStart(text, words.get(j)[0])) {
                startsHere.add(j);
            } else {
                namedHere.add(key);
            }
            Set<String> values = valuesOfKey.get(key);
            boolean beside = j > 0 && keyOf[j - 1] != null && beside(text, words.get(j - 1), words.get(j))
                    && values.stream().anyMatch(valuesOfKey.get(keyOf[j - 1])::contains)
                    || j + 1 < words.size() && keyOf[j + 1] != null && beside(text, words.get(j), words.get(j + 1))
                    && values.stream().anyMatch(valuesOfKey.get(keyOf[j + 1])::contains);
            if (beside || values.stream().anyMatch(document.values()::contains)) {
                named.add(key);
                namedHere.add(key);
            } else if (!NameMatcher.sentenceStart(text, words.get(j)[0])) {
                alone.merge(key, 1, Integer::sum);
            }
        }
        for (int j : startsHere) {
            if (!namedHere.contains(keyOf[j])) {
                int from = words.get(j)[0];
                starts.computeIfAbsent(keyOf[j], k -> new java.util.ArrayList<>()).add(new Start(
                        text.substring(from, Math.min(text.length(), from + SNIPPET)), smallHere.contains(keyOf[j])));
            }
        }
    }

    /** Two words written as one name: a space or two, a comma and a space ("Miller, Frank"), or a hyphen. */
    private static boolean beside(String text, int[] before, int[] after) {
        String between = text.substring(before[1], after[0]);
        return between.equals("-") || between.equals(", ") || !between.isEmpty() && between.length() <= 2
                && between.chars().allMatch(c -> c == ' ' || c == '\u00a0');
    }
}
