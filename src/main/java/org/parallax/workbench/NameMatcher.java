package org.parallax.workbench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a sensitive value written otherwise than it is stored (docs/refi-qda.md#pseudonymised-export): its words in
 * another script or transliteration, in a Russian case form, in another order, with initials ("А. Иванова",
 * "Ivanova A."), joined by a hyphen, or one word of it alone ("Interview Ivanova"). Words are compared by their
 * {@link NameKeys} and each must be written with a capital (a lower-case "rose" is a flower, not Anna Rose); a word
 * of a value stands alone only when it has three letters or more, belongs to no other value's name and is no month or
 * day standing as a date ("In May 2008" for a May Lindqvist: {@link CoderWordReading#readsAsADate}).
 */
final class NameMatcher {
    /** One word of a name: the keys of its forms, the key its initial must begin like, whether it may stand alone. */
    private static final class Part {
        final String key;
        final Set<String> keys;
        final char initial;
        final boolean alone;
        /** Three letters or more, written with a capital in the value: a name's word, not a particle ("von"). */
        final boolean named;
        /** Whether a case form written in Latin letters counts ({@link NameMatcher#NameMatcher(Map, boolean)}). */
        final boolean latinForms;

        Part(String key, Set<String> keys, boolean alone, boolean named, boolean latinForms) {
            this.key = key;
            this.keys = keys;
            this.initial = key.isEmpty() ? ' ' : key.charAt(0);
            this.alone = alone;
            this.named = named;
            this.latinForms = latinForms;
        }

        /**
         * Whether a word with {@code key} is this one: as written, or in a case form that counts
         * ({@link NameKeys#caseFormCounts}; in Cyrillic only, without {@link #latinForms}).
         */
        boolean is(String key, String word) {
            return this.key.equals(key) || keys.contains(key) && NameKeys.caseFormCounts(key, word)
                    && (latinForms || NameKeys.cyrillic(word));
        }

        /**
         * Whether a word with {@code key} is this one in the genitive in -s written in Latin letters ("Putins"): read
         * as the name only before a noun ({@link NameMatcher#beforeANoun}), since elsewhere it is mostly another word
         * made of the name's, an English plural ("The Marks were low", "Walkers crossed" for Mark Miller and Frank
         * Walker).
         */
        boolean latinGenitive(String key, String word) {
            return key.equals(this.key + "s") && !NameKeys.cyrillic(word);
        }

        /**
         * Whether a word with {@code key} is this one, ending in a consonant, in the Russian prepositional in -e
         * written in Latin letters ("o Berge"): read as the name only after a preposition
         * ({@link NameMatcher#afterAPreposition}), as Russian writes that case, since elsewhere it is mostly another
         * word made of the name's, a German plural or dative ("Die Berge sind hoch", "im Walde" for a Berg, a Wald).
         */
        boolean latinPrepositional(String key, String word) {
            return key.equals(this.key + "e") && !NameKeys.cyrillic(word);
        }
    }

    /** A value (or a form given for it) with its words and the pseudonym they take. */
    private static final class Name {
        final String alias;
        final List<Part> parts;

        Name(String alias, List<Part> parts) {
            this.alias = alias;
            this.parts = parts;
        }
    }

    /** A span of the text to be replaced. */
    record Found(int start, int end, String alias) {
    }

    private final Map<String, List<Name>> byKey = new HashMap<>();
    private final Map<String, String> keys = new ConcurrentHashMap<>();
    private final SentenceStarts starts;

    /** {@code names}: each value and form with its pseudonym. */
    NameMatcher(Map<String, String> names) {
        this(names, SentenceStarts.NONE, true);
    }

    /**
     * {@code latinForms}: whether a word of a name with an ending written in Latin letters ("Ivanovoy", and "Putins"
     * before a noun) is the name, as for an interviewee's; for a coder's it is not, since there it is mostly another word made of the
     * name's ("Marks", "walkers" for the coders mark-miller and frank-walker), while a Cyrillic one is the name
     * declined ("Миллера").
     */
    NameMatcher(Map<String, String> names, boolean latinForms) {
        this(names, SentenceStarts.NONE, latinForms);
    }

    /** {@code starts}: what the project's documents tell of a word of a value beginning a sentence. */
    NameMatcher(Map<String, String> names, SentenceStarts starts) {
        this(names, starts, true);
    }

    private NameMatcher(Map<String, String> names, SentenceStarts starts, boolean latinForms) {
        this.starts = starts;
        Map<String, Set<String>> aliasesOfKey = new HashMap<>();
        List<List<String>> wordsOf = new ArrayList<>();
        for (String name : names.keySet()) {
            List<String> words = words(name).stream().map(w -> name.substring(w[0], w[1])).toList();
            wordsOf.add(words);
            for (String word : words) {
                NameKeys.inflected(NameKeys.key(word)).forEach(k -> aliasesOfKey.computeIfAbsent(k,
                        x -> new HashSet<>()).add(names.get(name)));
            }
        }
        int i = 0;
        for (String name : names.keySet()) {
            List<String> words = wordsOf.get(i++);
            String alias = names.get(name);
            List<Part> parts = new ArrayList<>();
            for (String word : words) {
                String key = NameKeys.key(word);
                Set<String> forms = NameKeys.inflected(key);
                // A word two people's names share (a given name) would give one the other's pseudonym alone.
                boolean own = forms.stream().allMatch(k -> aliasesOfKey.get(k).size() == 1);
                boolean named = word.codePointCount(0, word.length()) >= 3
                        && Character.isUpperCase(word.codePointAt(0));
                boolean alone = own && (words.size() == 1 || named);
                parts.add(new Part(key, forms, alone, named, latinForms));
            }
            if (parts.isEmpty()) {
                continue;
            }
            Name entry = new Name(alias, parts);
            for (Part part : parts) {
                part.keys.forEach(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(entry));
            }
        }
    }

    /** The spans of {@code text} that name someone, in order, none overlapping; a text of no document's own. */
    List<Found> find(String text) {
        return find(text, null);
    }

    /**
     * The spans of {@code text} that name someone, in order, none overlapping. {@code own}: for a document's whole
     * text, the pseudonyms of its own sensitive values (whose words it uses as names wherever they stand); null for
     * any other text (a title, a memo, a passage quoted apart from its document).
     */
    List<Found> find(String text, Set<String> own) {
        List<int[]> words = words(text);
        List<Found> found = new ArrayList<>();
        if (byKey.isEmpty()) {
            return found;
        }
        Set<String> lowerCase = null;
        Set<String> fullNames = null;
        Set<String> inside = null;
        for (int i = 0; i < words.size(); ) {
            Found best = null;
            int bestEnd = i;
            if (capitalised(text, words.get(i))) {
                for (Name name : candidates(text, words, i)) {
                    int[] run = run(text, words, i, name);
                    if (run != null && (best == null || run[1] > best.end())) {
                        best = new Found(words.get(i)[0], run[1], name.alias);
                        bestEnd = run[0];
                    }
                }
            }
            if (best != null && bestEnd == i
                    && CoderWordReading.readsAsADate(text, words.get(i)[0], words.get(i)[1])) {
                // "In May 2008" for a May Lindqvist: a month dating something is no one's name.
                best = null;
            }
            if (best != null && bestEnd == i && sentenceStart(text, words.get(i)[0])) {
                // "Frank discussions were held" for a Frank Miller: a word the texts also write in lower case begins a
                // sentence as an ordinary word unless something names the person by it (left alone, and named as
                // such with the parts left).
                String key = key(text, words.get(i));
                lowerCase = lowerCase != null ? lowerCase : lowerCaseKeys(text, words);
                if ((lowerCase.contains(key) || starts.writtenSmall(key))
                        && (own == null ? !starts.named(key) : !own.contains(best.alias()))) {
                    // The text names the person by it when it writes the full name, or the word with a capital inside a
                    // sentence ("Mr Frank").
                    fullNames = fullNames != null ? fullNames : fullNames(text, words);
                    inside = inside != null ? inside : insideSentences(text, words);
                    if (!fullNames.contains(best.alias()) && !inside.contains(key)) {
                        best = null;
                    }
                } else if (own == null && starts.keptInItsDocument(key, text.substring(words.get(i)[0],
                        Math.min(text.length(), words.get(i)[0] + 200)))) {
                    // A passage quoted apart from its document: the document's decision is the quote's.
                    best = null;
                }
            }
            if (best != null) {
                int first = i;
                // A double-barrelled name is one name: "Ivanova-Petrova" goes whole, not "P01-Petrova".
                while (first > 0 && hyphenated(text, words.get(first - 1), words.get(first))
                        && (found.isEmpty() || found.get(found.size() - 1).end() <= words.get(first - 1)[0])) {
                    first--;
                }
                while (bestEnd + 1 < words.size() && hyphenated(text, words.get(bestEnd), words.get(bestEnd + 1))) {
                    bestEnd++;
                }
                found.add(new Found(words.get(first)[0], Math.max(best.end(), words.get(bestEnd)[1]), best.alias()));
                i = bestEnd + 1;
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * Every word of a value or form that is a name's word ({@link Part#named}), in any case and whether or not another
     * value shares it: what a file's own name may not hold ("miller_interview.csv"), where no sentence or capital
     * tells an ordinary word from a name, and the name would travel with the file.
     */
    List<Found> findInAnyCase(String text) {
        List<Found> found = new ArrayList<>();
        for (int[] word : words(text)) {
            String spelt = text.substring(word[0], word[1]);
            String key = key(text, word);
            byKey.getOrDefault(key, List.of()).stream()
                    .filter(name -> name.parts.stream().anyMatch(p -> p.named && p.is(key, spelt)
                            && !p.latinGenitive(key, spelt) && !p.latinPrepositional(key, spelt))).findFirst()
                    .ifPresent(name -> found.add(new Found(word[0], word[1], name.alias)));
        }
        return found;
    }

    /** The keys of the names' words {@code text} writes with a capital inside a sentence. */
    private Set<String> insideSentences(String text, List<int[]> words) {
        Set<String> inside = new HashSet<>();
        for (int[] word : words) {
            if (capitalised(text, word) && !sentenceStart(text, word[0]) && byKey.containsKey(key(text, word))
                    && !CoderWordReading.readsAsADate(text, word[0], word[1])) {
                inside.add(key(text, word));
            }
        }
        return inside;
    }

    /** The pseudonyms of the names {@code text} writes two words or more of together ("Frank Miller", "F. Miller"). */
    private Set<String> fullNames(String text, List<int[]> words) {
        Set<String> full = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (capitalised(text, words.get(i))) {
                for (Name name : candidates(text, words, i)) {
                    int[] run = run(text, words, i, name);
                    if (run != null && run[0] > i) {
                        full.add(name.alias);
                    }
                }
            }
        }
        return full;
    }

    /** The names whose word the word at {@code i} is, or, after initials ("А. С. Иванова"), one of the next. */
    private Collection<Name> candidates(String text, List<int[]> words, int i) {
        List<Name> own = byKey.getOrDefault(key(text, words.get(i)), List.of());
        if (!initialAt(text, words.get(i))) {
            return own;
        }
        Set<Name> names = new HashSet<>(own);
        for (int j = i; j < Math.min(words.size() - 1, i + 3) && initialAt(text, words.get(j)); j++) {
            names.addAll(byKey.getOrDefault(key(text, words.get(j + 1)), List.of()));
        }
        return names;
    }

    /**
     * The longest run of words from {@code i} that are distinct words of {@code name}, each in full or as an
     * initial: its last word's index and end, or null. A run of one is a word in full that may stand alone.
     */
    private int[] run(String text, List<int[]> words, int i, Name name) {
        Set<Part> used = new HashSet<>();
        int full = 0;
        int[] best = null;
        int j = i;
        while (j < words.size()) {
            int[] word = words.get(j);
            if (j > i && !joins(text, words.get(j - 1), word, j - 1 == i)) {
                break;
            }
            Part part = null;
            boolean initial = false;
            if (capitalised(text, word)) {
                String key = key(text, word);
                String spelt = text.substring(word[0], word[1]);
                for (Part p : name.parts) {
                    if (!used.contains(p) && p.is(key, spelt)
                            && (!p.latinGenitive(key, spelt) || beforeANoun(text, words, j))
                            && (!p.latinPrepositional(key, spelt) || afterAPreposition(text, words, j))) {
                        part = p;
                        break;
                    }
                }
                if (part == null && initialAt(text, word)) {
                    for (Part p : name.parts) {
                        if (!used.contains(p) && !key.isEmpty() && key.charAt(0) == p.initial) {
                            part = p;
                            initial = true;
                            break;
                        }
                    }
                }
            }
            if (part == null) {
                break;
            }
            used.add(part);
            full += initial ? 0 : 1;
            int count = j - i + 1;
            if (full > 0 && (count > 1 || part.alone)) {
                best = new int[] {j, word[1]};
            }
            j++;
        }
        return best;
    }

    /**
     * Whether the word at {@code i} stands before a noun, as a genitive does: the next word, after one space, written
     * with a capital ("Putins Rede", "Frau Bergs Meinung"; German writes its nouns so).
     */
    /** Whether the word at {@code i} follows, after one space, a Russian preposition written in Latin letters. */
    private static boolean afterAPreposition(String text, List<int[]> words, int i) {
        if (i == 0 || words.get(i)[0] != words.get(i - 1)[1] + 1
                || !Character.isSpaceChar(text.charAt(words.get(i - 1)[1]))) {
            return false;
        }
        String before = text.substring(words.get(i - 1)[0], words.get(i - 1)[1]).toLowerCase(java.util.Locale.ROOT);
        return PREPOSITIONS.contains(before);
    }

    /** The Russian prepositions the prepositional case follows, in Latin letters: o, ob, obo, v, vo, na, pri. */
    private static final Set<String> PREPOSITIONS = Set.of("o", "ob", "obo", "v", "vo", "na", "pri");

    private static boolean beforeANoun(String text, List<int[]> words, int i) {
        return i + 1 < words.size() && words.get(i + 1)[0] == words.get(i)[1] + 1
                && Character.isSpaceChar(text.charAt(words.get(i)[1])) && capitalised(text, words.get(i + 1));
    }

    /** A short word written in capitals and followed by a full stop: an initial ("А.", "Yu."). */
    private static boolean initialAt(String text, int[] word) {
        return word[1] - word[0] <= 2 && word[1] < text.length() && text.charAt(word[1]) == '.'
                && text.substring(word[0], word[1]).equals(text.substring(word[0], word[1]).toUpperCase());
    }

    /** What may stand between two words of one name: a space, a hyphen, an initial's full stop, a comma after the first. */
    private static boolean joins(String text, int[] before, int[] after, boolean afterFirst) {
        String between = text.substring(before[1], after[0]);
        String rest = between.startsWith(".") && initialAt(text, before) ? between.substring(1) : between;
        if (afterFirst && rest.startsWith(",")) {
            rest = rest.substring(1);
        }
        return rest.equals("-") || rest.length() <= 2 && rest.chars().allMatch(c -> c == ' ' || c == '\u00a0')
                && (!rest.isEmpty() || !between.isEmpty());
    }

    /** Whether only spaces, quotes or brackets stand between {@code at} and the text's start or a sentence's end. */
    static boolean sentenceStart(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (".!?:;\n".indexOf(c) >= 0) {
                return true;
            }
            if (!Character.isWhitespace(c) && "\"'«“„‘(-–—*".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    private Set<String> lowerCaseKeys(String text, List<int[]> words) {
        Set<String> lower = new HashSet<>();
        for (int[] word : words) {
            if (Character.isLowerCase(text.codePointAt(word[0]))) {
                lower.add(key(text, word));
            }
        }
        return lower;
    }

    /** Two capitalised words joined by a hyphen alone. */
    private static boolean hyphenated(String text, int[] before, int[] after) {
        return after[0] == before[1] + 1 && text.charAt(before[1]) == '-' && capitalised(text, before)
                && capitalised(text, after);
    }

    private static boolean capitalised(String text, int[] word) {
        return Character.isUpperCase(text.codePointAt(word[0]));
    }

    /** The words of a text: each run of letters, marks and digits, as {start, end}. */
    static List<int[]> words(String text) {
        List<int[]> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            // Most characters are ASCII: asked first, they keep an export's pass over every text cheap.
            boolean inWord = c < 128 ? c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    : Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK;
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(new int[] {start, i});
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(new int[] {start, text.length()});
        }
        return words;
    }

    /** Keys are remembered by spelling: a text repeats its words, and a key costs a dozen replacements. */
    private String key(String text, int[] word) {
        String spelt = text.substring(word[0], word[1]);
        if (keys.size() > 100_000) {
            keys.clear();
        }
        return keys.computeIfAbsent(spelt, NameKeys::key);
    }
}
