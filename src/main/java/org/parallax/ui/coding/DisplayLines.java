package org.parallax.ui.coding;

import java.util.Arrays;

/**
 * The text as the text area shows it: a paragraph longer than {@link #MAX_PARAGRAPH} characters is shown as several.
 * The text area lays out a paragraph as one node: a 512 KB text without line breaks (a transcript exported as one
 * line) held the JavaFX thread for some 15 s, a 20 MB one for good.
 *
 * <p>A break goes in place of a space (after a sentence's end where there is one), so those offsets stay the stored
 * ones. A run of {@code MAX_PARAGRAPH} characters without any whitespace (a base64 blob, a URL list glued together)
 * has no space to spare: there a line break is inserted between two code points, and the offsets after it are
 * shifted by one in the area. {@link #toShown} and {@link #toStored} convert; only such texts pay anything for it.
 * Made off the JavaFX thread (it reads the whole text), with the text it shows.
 */
public final class DisplayLines {
    /** Short enough to lay out at once, long enough that an ordinary paragraph is never broken. */
    public static final int MAX_PARAGRAPH = 4_000;
    /** How far back from the limit a break looks for a sentence's end before it takes the last space. */
    private static final int SENTENCE_REACH = 1_000;
    private static final int[] NONE = new int[0];

    private final String stored;
    private final String shown;
    /** Stored offsets before which a line break is inserted, ascending. */
    private final int[] inserted;
    /** The same breaks' offsets in the shown text. */
    private final int[] insertedShown;

    private DisplayLines(String stored, String shown, int[] inserted) {
        this.stored = stored;
        this.shown = shown;
        this.inserted = inserted;
        this.insertedShown = new int[inserted.length];
        for (int k = 0; k < inserted.length; k++) {
            insertedShown[k] = inserted[k] + k;
        }
    }

    /** How {@code text} is shown: itself when no paragraph is long, without a copy. */
    public static DisplayLines of(String text) {
        if (!hasLongParagraph(text)) {
            return new DisplayLines(text, text, NONE);
        }
        StringBuilder out = new StringBuilder(text.length() + text.length() / MAX_PARAGRAPH + 1);
        int[] inserted = new int[16];
        int count = 0;
        int lineStart = 0;
        int lastSpace = -1;
        int lastSentenceEnd = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int length = out.length() - lineStart;
            if (length >= MAX_PARAGRAPH && lastSpace <= lineStart && c != '\n' && !Character.isWhitespace(c)
                    && !splitsASurrogatePair(text, i) && (startsACharacter(text, i) || length >= MAX_PARAGRAPH + 64)) {
                // No whitespace to put the break in place of: one goes in between two characters.
                if (count == inserted.length) {
                    inserted = Arrays.copyOf(inserted, count * 2);
                }
                inserted[count++] = i;
                out.append('\n');
                lineStart = out.length();
                lastSpace = -1;
                lastSentenceEnd = -1;
            }
            out.append(c);
            int at = out.length() - 1;
            if (c == '\n') {
                lineStart = at + 1;
                lastSpace = -1;
                lastSentenceEnd = -1;
                continue;
            }
            if (Character.isWhitespace(c)) {
                lastSpace = at;
                if (at > 0 && isSentenceEnd(out.charAt(at - 1))) {
                    lastSentenceEnd = at;
                }
            }
            if (at - lineStart >= MAX_PARAGRAPH && lastSpace > lineStart) {
                int breakAt = lastSentenceEnd > at - SENTENCE_REACH && lastSentenceEnd > lineStart ? lastSentenceEnd
                        : lastSpace;
                out.setCharAt(breakAt, '\n');
                lineStart = breakAt + 1;
                lastSpace = -1;
                lastSentenceEnd = -1;
            }
        }
        return new DisplayLines(text, out.toString(), Arrays.copyOf(inserted, count));
    }

    /** The text the area holds. */
    public String shown() {
        return shown;
    }

    /** The stored text. */
    public String stored() {
        return stored;
    }

    /** Where a stored offset is in the area: after every break inserted at or before it. */
    public int toShown(int storedOffset) {
        if (inserted.length == 0) {
            return storedOffset;
        }
        return storedOffset + countAtOrBefore(inserted, storedOffset);
    }

    /** The stored offset of a place in the area; an inserted break's two sides are both the offset it stands at. */
    public int toStored(int shownOffset) {
        if (inserted.length == 0) {
            return shownOffset;
        }
        return shownOffset - countAtOrBefore(insertedShown, shownOffset - 1);
    }

    /** The stored text of an area's range [start, end): what a copy or a drag carries. */
    public String storedBetween(int shownStart, int shownEnd) {
        int from = Math.min(toStored(shownStart), stored.length());
        int to = Math.min(toStored(shownEnd), stored.length());
        return stored.substring(from, Math.max(from, to));
    }

    /** How many of the ascending {@code offsets} are at most {@code at}. */
    private static int countAtOrBefore(int[] offsets, int at) {
        int found = Arrays.binarySearch(offsets, at);
        return found >= 0 ? found + 1 : -found - 1;
    }

    private static boolean splitsASurrogatePair(String text, int i) {
        return i > 0 && Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /**
     * Not a mark that belongs to the character before it, nor either side of a zero-width joiner (an emoji
     * sequence). A run of such marks longer than 64 is broken anyway, between code points.
     */
    private static boolean startsACharacter(String text, int i) {
        int type = Character.getType(text.codePointAt(i));
        return type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
                && type != Character.COMBINING_SPACING_MARK && text.charAt(i) != '\u200d'
                && text.charAt(i - 1) != '\u200d';
    }

    private static boolean hasLongParagraph(String text) {
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            if (end - start > MAX_PARAGRAPH) {
                return true;
            }
            start = end + 1;
        }
        return false;
    }

    private static boolean isSentenceEnd(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '。';
    }
}
