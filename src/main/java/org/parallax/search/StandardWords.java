package org.parallax.search;

import java.io.CharArrayReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Finds a text's words exactly where Lucene's {@link StandardTokenizer} finds them (Unicode's word boundaries, UAX #29),
 * reading runs of ASCII itself. The tokenizer, a generated state machine over all of Unicode, was a fifth of the
 * indexing's CPU (docs/performance.md, "Issue 18: import CPU, this round"); for ASCII the rules come down to a class
 * per character and a look either side of '.', ',', ':', ';' and the apostrophe.
 *
 * <p>No word spans ASCII whitespace, and the tokenizer started after whitespace finds what it finds there in the
 * whole text. So a chunk between whitespace that holds any other character (or an underscore, or a word near the
 * tokenizer's 255-character limit) is handed, from its start to the end of its line (and of the lines after it that
 * hold such characters too), to the tokenizer itself.
 * StandardWordsTest holds the two to the same words on the test texts, the shared corpora and random ASCII.
 */
final class StandardWords {
    private static final byte OTHER = 0;
    private static final byte LETTER = 1;
    private static final byte DIGIT = 2;
    /** ':' joins letters. */
    private static final byte MID_LETTER = 3;
    /** ',' and ';' join digits. */
    private static final byte MID_NUMBER = 4;
    /** '.' and the apostrophe join letters, and digits. */
    private static final byte MID_BOTH = 5;
    private static final byte SPACE = 6;
    /** Left to the tokenizer: the underscore (it joins words in rules the fast path does not follow). */
    private static final byte HAND_OVER = 7;
    /** A word this long goes to the tokenizer, which cuts words at 255 characters. */
    private static final int LONG_WORD = 250;
    private static final byte[] CLASSES = classes();

    private final char[] text;
    private final TokenOffsets words = new TokenOffsets();
    private StandardTokenizer tokenizer;

    private StandardWords(String text) {
        this.text = text.toCharArray();
    }

    /** The words of {@code text}: each one's start, end and position increment as the tokenizer gives them. */
    static TokenOffsets of(String text) {
        StandardWords found = new StandardWords(text);
        found.read();
        return found.words;
    }

    private void read() {
        char[] t = text;
        int n = t.length;
        int chunkStart = 0;
        int chunkWords = 0;
        int start = -1;
        byte previous = SPACE;
        for (int i = 0; i < n; i++) {
            char c = t[i];
            byte type = c < 128 ? CLASSES[c] : HAND_OVER;
            if (type == HAND_OVER || start >= 0 && i - start >= LONG_WORD) {
                words.keep(chunkWords);
                int lineEnd = handOverEnd(i);
                handOver(chunkStart, lineEnd);
                i = lineEnd;
                chunkStart = lineEnd + 1;
                chunkWords = words.count();
                start = -1;
                previous = SPACE;
                continue;
            }
            switch (type) {
                case LETTER, DIGIT -> start = start < 0 ? i : start;
                case SPACE -> {
                    start = endWord(start, i);
                    chunkStart = i + 1;
                    chunkWords = words.count();
                }
                case OTHER -> start = endWord(start, i);
                default -> {
                    if (start >= 0 && !joins(type, previous, i + 1 < n && t[i + 1] < 128 ? CLASSES[t[i + 1]] : OTHER)) {
                        start = endWord(start, i);
                    }
                }
            }
            previous = type;
        }
        endWord(start, n);
    }

    /** Whether the punctuation {@code type} between a {@code before} and an {@code after} character is inside a word. */
    private static boolean joins(byte type, byte before, byte after) {
        boolean letters = before == LETTER && after == LETTER;
        boolean digits = before == DIGIT && after == DIGIT;
        return switch (type) {
            case MID_LETTER -> letters;
            case MID_NUMBER -> digits;
            default -> letters || digits;
        };
    }

    private int endWord(int start, int end) {
        if (start >= 0) {
            words.add(start, end, 1);
        }
        return -1;
    }

    /**
     * The end of the line at {@code from} and of the lines after it that hold a character handed over too: a text in
     * another script goes to the tokenizer in one piece, not line by line (each start has its cost).
     */
    private int handOverEnd(int from) {
        int end = lineEnd(from);
        while (end < text.length) {
            int next = lineEnd(end + 1);
            if (!handsOver(end + 1, next)) {
                return end;
            }
            end = next;
        }
        return end;
    }

    private boolean handsOver(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text[i] >= 128 || text[i] == '_') {
                return true;
            }
        }
        return false;
    }

    private int lineEnd(int from) {
        for (int i = from; i < text.length; i++) {
            if (text[i] == '\n') {
                return i;
            }
        }
        return text.length;
    }

    private void handOver(int from, int to) {
        if (tokenizer == null) {
            tokenizer = new StandardTokenizer();
        }
        OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute increment = tokenizer.addAttribute(PositionIncrementAttribute.class);
        tokenizer.setReader(new CharArrayReader(text, from, to - from));
        try {
            tokenizer.reset();
            while (tokenizer.incrementToken()) {
                words.add(from + offset.startOffset(), from + offset.endOffset(), increment.getPositionIncrement());
            }
            tokenizer.end();
            tokenizer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an array's reader does not fail
        }
    }

    private static byte[] classes() {
        byte[] classes = new byte[128];
        for (char c = 'a'; c <= 'z'; c++) {
            classes[c] = LETTER;
            classes[Character.toUpperCase(c)] = LETTER;
        }
        for (char c = '0'; c <= '9'; c++) {
            classes[c] = DIGIT;
        }
        classes[':'] = MID_LETTER;
        classes[','] = MID_NUMBER;
        classes[';'] = MID_NUMBER;
        classes['.'] = MID_BOTH;
        classes['\''] = MID_BOTH;
        classes['_'] = HAND_OVER;
        for (char c : new char[] {' ', '\t', '\n', '\r', '\u000B', '\u000C'}) {
            classes[c] = SPACE;
        }
        return classes;
    }
}
