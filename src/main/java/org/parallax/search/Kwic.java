package org.parallax.search;

import java.time.LocalDate;
import org.parallax.model.Offsets;
import org.parallax.model.TextRange;

/** Cuts keyword-in-context lines out of a stored text. */
final class Kwic {
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
        int from = safeBoundary(text, Math.max(0, hit.start() - context));
        int to = safeBoundary(text, Math.min(text.length(), hit.end() + context));
        return new KwicLine(docId, title, date, actor, hit.start(), hit.end(),
                oneLine(text.substring(from, hit.start())), text.substring(hit.start(), hit.end()),
                oneLine(text.substring(hit.end(), to)));
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
