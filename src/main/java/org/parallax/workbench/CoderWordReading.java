package org.parallax.workbench;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How one word of a coder's name written alone in an analyst's text reads there — a login of one word ("may", "will",
 * "mark") or a word of a longer name ("Rose" of rose-lindqvist): as the name, or as the ordinary word it also is
 * (docs/agreement.md#coders-names-in-files). A word the project's documents never write in lower case is the name in
 * any case, erring on the side of hiding. One they write small, an ordinary word, is the name only where it is
 * written as one: with a capital inside a sentence, with "'s", or beginning a sentence of a text that names the coder
 * so elsewhere; written small, beside a number as a date ("In May 2008", "3 May") or beginning a sentence alone ("Will
 * NATO expand?"), it is the word. A month's name beside a number is a date whatever the documents write. An
 * interviewee's value of one word ("Mark", "May") is read by the same rule ({@link Pseudonyms}).
 */
final class CoderWordReading {
    /** How a word reads: the name, which files replace, or the word, left as written for the reason said. */
    enum Reading {
        NAME(""),
        PSEUDONYMS_WORD("it is the word the pseudonyms are made of"),
        LOWER_CASE("it is written in lower case"),
        DATE("it stands as a date (\"May 2008\", \"3 May\", \"in May\", \"on Friday\")"),
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
    /** The months' and days' names, in lower case, in the languages of the study's sources. */
    private static final Set<String> CALENDAR = calendarWords();
    /** Words that make a month's or a day's name after them a date: "in May", "early May", "mid-May", "on Friday". */
    private static final Set<String> OF_TIME = Set.of("in", "since", "until", "till", "during", "early", "late",
            "mid", "last", "next", "this", "every", "each", "on", "im", "seit", "bis", "en", "depuis", "в", "с", "до");

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
        if (capital && readsAsADate(text, start, end)) {
            return Reading.DATE;
        }
        // Spelt as the documents write it small, not merely alike by key: a login "bobb" is not their "bob".
        boolean ordinary = key.equals(PSEUDONYMS_WORD) || documents.writtenSmallAs(key, written);
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
                    && !readsAsADate(text, word[0], word[1])
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

    /**
     * Whether the word at {@code start}–{@code end} of {@code text} is a month's or a day's name standing as a date:
     * beside a number ("May 2008", "3 May", "April 2, 2013", "April, 1949") or after a word of time ("in May", "in
     * early May", "mid-May", "on Friday"), and not with "'s" ("May's reading"). One rule for coders' names and
     * interviewees': a month is no one's name where it dates something, and a name that is a month is still replaced
     * wherever else it stands ("asked May", "May said").
     */
    static boolean readsAsADate(String text, int start, int end) {
        if (!CALENDAR.contains(text.substring(start, end).toLowerCase(Locale.ROOT)) || possessive(text, end)) {
            return false;
        }
        return besideANumber(text, start, end) || afterAWordOfTime(text, start);
    }

    private static Set<String> calendarWords() {
        Set<String> words = new HashSet<>();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.GERMAN, Locale.FRENCH, Locale.forLanguageTag("ru"))) {
            for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE)) {
                for (Month month : Month.values()) {
                    words.add(month.getDisplayName(style, locale).toLowerCase(Locale.ROOT));
                }
                for (DayOfWeek day : DayOfWeek.values()) {
                    words.add(day.getDisplayName(style, locale).toLowerCase(Locale.ROOT));
                }
            }
        }
        return Set.copyOf(words);
    }

    /** The word before {@code start}, past spaces or a hyphen ("mid-May"), is one of {@link #OF_TIME}. */
    private static boolean afterAWordOfTime(String text, int start) {
        int end = start;
        while (end > 0 && (space(text.charAt(end - 1)) || text.charAt(end - 1) == '-') && start - end < 2) {
            end--;
        }
        if (end == start) {
            return false;
        }
        int begin = end;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        return begin < end && OF_TIME.contains(text.substring(begin, end).toLowerCase(Locale.ROOT));
    }

    /** A day or a year right before or after the word: "May 2008", "3 May", "3. May", "April, 1949". */
    private static boolean besideANumber(String text, int start, int end) {
        int after = end;
        if (text.startsWith(", ", after) && after + 6 <= text.length()
                && text.substring(after + 2, after + 6).chars().allMatch(Character::isDigit)) {
            return true;
        }
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
