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

    private static String oneLine(String context) {
        return context.replaceAll("\\s+", " ");
    }
}
