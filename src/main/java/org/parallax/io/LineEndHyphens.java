package org.parallax.io;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides how two printed lines of one paragraph join when the first ends with a hyphen (docs/import.md,
 * <i>PDF</i>). A typesetter's hyphen ("inter-" / "national") goes, a compound's ("well-" / "known") stays.
 * The two look the same on the page, so the document itself is the dictionary, as calibre's dehyphenator
 * does it: whichever the rest of the document writes more often, the joined word or the hyphenated pair,
 * wins. Words are compared by the part before the hyphen and the first {@value #STEM} letters after it, so
 * that inflected forms count ("научно-" / "технического" stays beside "научно-технические", "inter-" /
 * "national" goes beside "internationally"). With no evidence either way the document's habit decides:
 * a document that breaks words at line ends (at least {@value #MIN_BREAKS} lines, and one in
 * {@value #LINES_PER_BREAK}, end with a hyphen before a lower-case letter: typeset, justified text) loses
 * the hyphen; one that does not (a word processor's PDF, where a line ends after a hyphen only in a
 * compound) keeps it. The hyphen always stays before a capital after a lower-case letter ("Euro-" /
 * "Atlantic", "Северо-" / "Атлантического"), next to a digit ("1949-" / "1951") and, without evidence, in
 * capitals ("NATO-" / "RUSSIA"; "OP-" / "TIONAL" goes where "optional" is written elsewhere).
 */
final class LineEndHyphens {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern COMPOUND = Pattern.compile("\\p{L}+(?:[-\u2010]\\p{L}+)+");
    private static final char SOFT_HYPHEN = '\u00AD';

    private static final int STEM = 4;
    /** A document that breaks words at line ends does so at least this often (in justified text far more). */
    private static final int MIN_BREAKS = 3;
    private static final int LINES_PER_BREAK = 100;
    /** Longer runs of letters are not words; looking further back would make a hostile paragraph quadratic. */
    private static final int MAX_WORD = 64;
    private static final int MAX_FORMS = 1_000;

    private final TreeMap<String, Integer> words = new TreeMap<>();
    private final TreeMap<String, Integer> compounds = new TreeMap<>();
    private final boolean hyphenates;

    /** Counts the words and hyphenated pairs of {@code lines} (in reading order), not the halves of broken words. */
    LineEndHyphens(List<String> lines) {
        boolean brokenBefore = false;
        int breaks = 0;
        String previous = "";
        for (String line : lines) {
            if (endsWithHyphen(previous) && Character.isLowerCase(line.charAt(0))) {
                breaks++;
            }
            previous = line;
            boolean broken = endsWithHyphen(line);
            int from = brokenBefore ? firstWordEnd(line) : 0;
            int to = broken ? lastWordStart(line) : line.length();
            if (from < to) {
                String whole = line.substring(from, to);
                count(WORD.matcher(whole), words, false);
                count(COMPOUND.matcher(whole), compounds, true);
            }
            brokenBefore = broken;
        }
        hyphenates = breaks >= MIN_BREAKS && breaks * LINES_PER_BREAK >= lines.size();
    }

    /** How the end of {@code before} meets the start of {@code after}. */
    Joint joint(CharSequence before, String after) {
        int n = before.length();
        if (n < 2 || after.isEmpty()) {
            return Joint.SPACE;
        }
        char last = before.charAt(n - 1);
        char previous = before.charAt(n - 2);
        char next = after.charAt(0);
        if (last == SOFT_HYPHEN) {
            return Joint.DROP_HYPHEN;
        }
        if (!isHyphen(last) || !Character.isLetterOrDigit(previous) || !Character.isLetterOrDigit(next)) {
            return Joint.SPACE;
        }
        if (!Character.isLetter(previous) || !Character.isLetter(next)) {
            return Joint.KEEP_HYPHEN;
        }
        String first = lastWord(before);
        String second = after.substring(0, firstWordEnd(after));
        boolean capitals = first.equals(first.toUpperCase(Locale.ROOT))
                && second.equals(second.toUpperCase(Locale.ROOT));
        if (Character.isUpperCase(next) && !capitals) {
            return Joint.KEEP_HYPHEN;
        }
        String stem = second.substring(0, Math.min(STEM, second.length())).toLowerCase(Locale.ROOT);
        String head = first.toLowerCase(Locale.ROOT);
        int hyphenated = countStartingWith(compounds, head + "-" + stem);
        int joined = countStartingWith(words, head + stem);
        if (hyphenated != joined) {
            return hyphenated > joined ? Joint.KEEP_HYPHEN : Joint.DROP_HYPHEN;
        }
        return hyphenates && !capitals ? Joint.DROP_HYPHEN : Joint.KEEP_HYPHEN;
    }

    /** How often words beginning with {@code prefix} occur, counting at most {@value #MAX_FORMS} distinct words. */
    private static int countStartingWith(TreeMap<String, Integer> counts, String prefix) {
        int sum = 0;
        int forms = 0;
        for (int n : counts.subMap(prefix, prefix + Character.MAX_VALUE).values()) {
            sum += n;
            if (++forms == MAX_FORMS) {
                break;
            }
        }
        return sum;
    }

    enum Joint { SPACE, KEEP_HYPHEN, DROP_HYPHEN }

    private static void count(Matcher matcher, Map<String, Integer> counts, boolean pairs) {
        while (matcher.find()) {
            String found = matcher.group().toLowerCase(Locale.ROOT).replace('\u2010', '-');
            if (!pairs) {
                counts.merge(found, 1, Integer::sum);
                continue;
            }
            String[] parts = found.split("-");
            for (int i = 1; i < parts.length; i++) {
                counts.merge(parts[i - 1] + "-" + parts[i], 1, Integer::sum);
            }
        }
    }

    private static boolean endsWithHyphen(String line) {
        int n = line.length();
        return n >= 2 && (isHyphen(line.charAt(n - 1)) || line.charAt(n - 1) == SOFT_HYPHEN)
                && Character.isLetter(line.charAt(n - 2));
    }

    private static boolean isHyphen(char c) {
        return c == '-' || c == '\u2010';
    }

    /** Where the letters that open {@code line} end (0 when it does not open with a letter). */
    private static int firstWordEnd(String line) {
        int i = 0;
        while (i < line.length() && Character.isLetter(line.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Where the letters before the closing hyphen of {@code line} start. */
    private static int lastWordStart(CharSequence line) {
        int i = line.length() - 1;
        int stop = Math.max(0, i - MAX_WORD);
        while (i > stop && Character.isLetter(line.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static String lastWord(CharSequence before) {
        return before.subSequence(lastWordStart(before), before.length() - 1).toString();
    }
}
