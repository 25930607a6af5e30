package org.parallax.workbench;

import java.text.DateFormatSymbols;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How one word of a coder's name written alone in an analyst's text reads there — a login of one word ("may", "will",
 * "mark") or a word of a longer name ("Rose" of rose-lindqvist): as the name, or as the ordinary word it also is
 * (docs/agreement.md#coders-names-in-files). A word the project's documents never write in lower case is the name in
 * any case, erring on the side of hiding. One they write small, an ordinary word, is the name only where it is
 * written as one: with a capital inside a sentence, with "'s", or beginning a sentence of a text that names the coder
 * so elsewhere; written small, beside a number as a date ("In May 2008", "3 May") or beginning a sentence alone ("Will
 * NATO expand?"), it is the word. A month's name beside a number is a date whatever the documents write.
 */
final class CoderWordReading {
    /** How a word reads: the name, which files replace, or the word, left as written for the reason said. */
    enum Reading {
        NAME(""),
        PSEUDONYMS_WORD("it is the word the pseudonyms are made of"),
        LOWER_CASE("it is written in lower case"),
        DATE("it stands beside a number, as a date (\"May 2008\")"),
        SENTENCE_START("it begins a sentence, the documents also write it in lower case, as an ordinary word, and the "
                + "text names no one by it inside a sentence");

        /** Why the word was left as written, as a warning says it. */
        final String why;

        Reading(String why) {
            this.why = why;
        }
    }

    /**
     * The word the pseudonyms are made of, never a name alone: a text passed through twice (a REFI-QDA note's name)
     * read "Coder 2 4" for "Coder 4" in a project with a coder second-coder.
     */
    static final String PSEUDONYMS_WORD = NameKeys.key("Coder");
    private static final Set<String> MONTHS = Arrays.stream(DateFormatSymbols.getInstance(Locale.ENGLISH).getMonths())
            .filter(m -> !m.isEmpty()).map(NameKeys::key).collect(Collectors.toUnmodifiableSet());

    /** What the documents tell of a name's word: whether they write it in lower case, as an ordinary word. */
    private final SentenceStarts documents;

    CoderWordReading(SentenceStarts documents) {
        this.documents = documents;
    }

    /** How the word at {@code start}–{@code end} of {@code text} reads. */
    Reading of(String text, int start, int end) {
        String written = text.substring(start, end);
        String key = NameKeys.key(written);
        if (key.equals(PSEUDONYMS_WORD)) {
            return Reading.PSEUDONYMS_WORD;
        }
        boolean capital = Character.isUpperCase(written.codePointAt(0));
        boolean ordinary = ordinary(key);
        if (capital && (ordinary || MONTHS.contains(key)) && besideANumber(text, start, end)) {
            return Reading.DATE;
        }
        if (!ordinary) {
            return Reading.NAME;
        }
        if (!capital) {
            return Reading.LOWER_CASE;
        }
        return !beginsASentence(text, start) || possessive(text, end) || namedInside(text, key)
                ? Reading.NAME : Reading.SENTENCE_START;
    }

    /** Whether the documents write the word with this key in lower case, as an ordinary word ("may", "second"). */
    boolean ordinary(String key) {
        return key.equals(PSEUDONYMS_WORD) || documents.writtenSmall(key);
    }

    /** Whether {@code text} writes the word as a name somewhere: with "'s", or a capital inside a sentence, no date. */
    private static boolean namedInside(String text, String key) {
        for (int[] word : NameMatcher.words(text)) {
            if (Character.isUpperCase(text.codePointAt(word[0]))
                    && NameKeys.key(text.substring(word[0], word[1])).equals(key)
                    && !besideANumber(text, word[0], word[1])
                    && (possessive(text, word[1]) || !beginsASentence(text, word[0]))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the word at {@code at} begins a sentence, as {@link NameMatcher#sentenceStart} says, but not after a
     * semicolon, after which a sentence goes on in lower case: "; MARK agrees" writes a name.
     */
    private static boolean beginsASentence(String text, int at) {
        if (!NameMatcher.sentenceStart(text, at)) {
            return false;
        }
        int before = at - 1;
        while (before >= 0 && "\"'«“„‘(-–—* \t\u00a0".indexOf(text.charAt(before)) >= 0) {
            before--;
        }
        return before < 0 || text.charAt(before) != ';';
    }

    private static boolean possessive(String text, int end) {
        return text.startsWith("'s", end) || text.startsWith("’s", end);
    }

    /** A day or a year right before or after the word: "May 2008", "3 May", "3. May". */
    private static boolean besideANumber(String text, int start, int end) {
        int after = end;
        while (after < text.length() && space(text.charAt(after))) {
            after++;
        }
        if (after > end && after < text.length() && Character.isDigit(text.charAt(after))) {
            return true;
        }
        int before = start;
        while (before > 0 && (space(text.charAt(before - 1)) || text.charAt(before - 1) == '.')) {
            before--;
        }
        return before < start && before > 0 && Character.isDigit(text.charAt(before - 1));
    }

    private static boolean space(char c) {
        return c == ' ' || c == '\u00a0';
    }
}
