package org.parallax.search;

import java.time.LocalDate;
import org.parallax.model.Offsets;
import org.parallax.model.TextRange;

/** Cuts keyword-in-context lines out of a stored text. */
final class Kwic {
    /**
     * Characters shown of each end of a hit longer than twice this, the middle left out: a passage of a code or a
     * document a memo matched can be a whole text, which made one line of 85,000 characters in the listing and the
     * Search tab. The hit's offsets still give all of it.
     */
    static final int HIT_ENDS = 100;

    private Kwic() {
    }

    static KwicLine line(long docId, String title, LocalDate date, String actor, String text,
                         TextRange hit, int context) {
        if (hit.end() > text.length() || Offsets.splitsCodePoint(text, hit.start())
                || Offsets.splitsCodePoint(text, hit.end())) {
            // Words never end inside a character or past the text: the offsets came from a damaged index, and
            // auto-coding would code them. The search marks the index damaged, rebuilds it and asks again.
            throw new IllegalStateException("A hit at [" + hit.start() + ", " + hit.end() + ") does not fit document "
                    + docId + "'s text of " + text.length() + " characters: the search index is damaged");
        }
        int from = WordEdges.after(text, safeBoundary(text, Math.max(0, hit.start() - context)), hit.start());
        int to = WordEdges.before(text, safeBoundary(text, Math.min(text.length(), hit.end() + context)), hit.end());
        return new KwicLine(docId, title, date, actor, hit.start(), hit.end(),
                oneLine(text.substring(from, hit.start())), shown(text, hit),
                oneLine(text.substring(hit.end(), to)));
    }

    /** The hit's text, or for a long hit its two ends around " … ", on one line; never half a character. */
    private static String shown(String text, TextRange hit) {
        if (hit.end() - hit.start() <= 2 * HIT_ENDS + 3) {
            return text.substring(hit.start(), hit.end());
        }
        int headEnd = safeBoundary(text, hit.start() + HIT_ENDS);
        int tailStart = safeBoundary(text, hit.end() - HIT_ENDS);
        return oneLine(text.substring(hit.start(), headEnd)) + " … " + oneLine(text.substring(tailStart, hit.end()));
    }

    /** Moves a cut off the middle of a surrogate pair, so context never shows half an emoji. */
    private static int safeBoundary(String text, int index) {
        if (index > 0 && index < text.length() && Character.isLowSurrogate(text.charAt(index))
                && Character.isHighSurrogate(text.charAt(index - 1))) {
            return index + 1;
        }
        return index;
    }

    /**
     * Each run of white space (what a regex's {@code \s} matches: space, tab, line breaks, vertical tab, form feed)
     * as one space; written out rather than a regex, which cost a tenth of a {@code code:} search's 100 lines.
     */
    private static String oneLine(String context) {
        int i = 0;
        while (i < context.length() && !(isSpace(context.charAt(i)) && (context.charAt(i) != ' '
                || i + 1 < context.length() && isSpace(context.charAt(i + 1))))) {
            i++;
        }
        if (i == context.length()) {
            return context; // no white space but single spaces: nothing to change
        }
        StringBuilder line = new StringBuilder(context.length()).append(context, 0, i);
        boolean inSpace = false;
        for (; i < context.length(); i++) {
            char c = context.charAt(i);
            if (!isSpace(c)) {
                line.append(c);
            } else if (!inSpace) {
                line.append(' ');
            }
            inSpace = isSpace(c);
        }
        return line.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
