package org.parallax.search;

/**
 * Moves a cut of a text off the middle of a word, so a hit's context begins and ends with whole words. A word is a
 * run of letters, digits and their marks (a decomposed й is one letter); scripts written without spaces (Chinese,
 * Japanese) may be cut between any two of their characters. Offsets move by whole code points.
 */
final class WordEdges {
    private WordEdges() {
    }

    /** {@code cut} moved forward past the rest of a word it falls in, never beyond {@code limit}. */
    static int after(String text, int cut, int limit) {
        int at = cut;
        if (!insideAWord(text, at)) {
            return at;
        }
        while (at < limit && isWordPart(text.codePointAt(at))) {
            at += Character.charCount(text.codePointAt(at));
        }
        return at;
    }

    /** {@code cut} moved back to the start of a word it falls in, never before {@code limit}. */
    static int before(String text, int cut, int limit) {
        int at = cut;
        if (!insideAWord(text, at)) {
            return at;
        }
        while (at > limit && isWordPart(text.codePointBefore(at))) {
            at -= Character.charCount(text.codePointBefore(at));
        }
        return at;
    }

    private static boolean insideAWord(String text, int at) {
        if (at <= 0 || at >= text.length()) {
            return false;
        }
        int before = text.codePointBefore(at);
        int after = text.codePointAt(at);
        return isWordPart(before) && isWordPart(after) && !writtenWithoutSpaces(before)
                && !writtenWithoutSpaces(after);
    }

    private static boolean isWordPart(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || isMark(codePoint);
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    private static boolean writtenWithoutSpaces(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }
}
