package org.parallax.analysis;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.parallax.model.TextRange;

/**
 * Units of text around an offset, for auto-coding a hit with its sentence or paragraph. A paragraph is a
 * block separated by blank lines; a text without any blank line (one paragraph per line) is split at
 * line breaks instead. Unit ends are trimmed of whitespace.
 */
public final class TextUnits {

    /** How far a hit is widened before coding. */
    public enum Scope { HIT, SENTENCE, PARAGRAPH }

    private TextUnits() {
    }

    /**
     * The sentence containing {@code offset}, by the locale's sentence rules; a sentence never runs past
     * its paragraph, so headings and speaker lines without a full stop stay on their own.
     */
    public static TextRange sentenceAt(String text, int offset, Locale locale) {
        TextRange paragraph = paragraphAt(text, offset);
        if (paragraph.length() == 0) {
            return paragraph;
        }
        String block = text.substring(paragraph.start(), paragraph.end());
        BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
        sentences.setText(block);
        int at = Math.max(0, Math.min(offset - paragraph.start(), block.length() - 1));
        int end = sentences.following(at);
        int start = sentences.previous();
        return trimmed(text, paragraph.start() + start,
                paragraph.start() + (end == BreakIterator.DONE ? block.length() : end), offset);
    }

    /**
     * Every paragraph of the text, trimmed, in order: blocks between blank lines, or between line breaks
     * when the text has no blank line at all (the same rule as {@link #paragraphAt}).
     */
    public static List<TextRange> paragraphs(String text) {
        List<TextRange> out = new ArrayList<>();
        int start = 0;
        ParagraphBreaks m = new ParagraphBreaks(text);
        while (true) {
            boolean found = m.find();
            int end = found ? m.start() : text.length();
            TextRange paragraph = trim(text, start, end);
            if (paragraph.length() > 0) {
                out.add(paragraph);
            }
            if (!found) {
                return out;
            }
            start = m.end();
        }
    }

    /** The paragraph containing {@code offset}. */
    public static TextRange paragraphAt(String text, int offset) {
        checkOffset(text, offset);
        int start = 0;
        int end = text.length();
        ParagraphBreaks m = new ParagraphBreaks(text);
        while (m.find()) {
            if (m.end() <= offset) {
                start = m.end();
            } else if (m.start() >= offset) {
                end = m.start();
                break;
            } else {
                // the offset sits inside the separator itself: the preceding paragraph owns it
                end = m.start();
                break;
            }
        }
        return trimmed(text, start, end, offset);
    }

    /** Widens hits to {@code scope} and merges duplicates and overlaps; the result is sorted. */
    public static List<TextRange> expand(String text, Collection<TextRange> hits, Scope scope, Locale locale) {
        List<TextRange> units = new ArrayList<>();
        for (TextRange hit : hits) {
            switch (scope) {
                case HIT -> units.add(hit);
                case SENTENCE -> units.add(union(sentenceAt(text, hit.start(), locale),
                        sentenceAt(text, Math.max(hit.start(), hit.end() - 1), locale)));
                case PARAGRAPH -> units.add(union(paragraphAt(text, hit.start()),
                        paragraphAt(text, Math.max(hit.start(), hit.end() - 1))));
            }
        }
        units.sort(null);
        List<TextRange> merged = new ArrayList<>();
        for (TextRange unit : units) {
            TextRange last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && unit.start() < last.end()) {
                merged.set(merged.size() - 1, new TextRange(last.start(), Math.max(last.end(), unit.end())));
            } else if (last == null || !last.equals(unit)) {
                merged.add(unit);
            }
        }
        return merged;
    }

    private static TextRange union(TextRange a, TextRange b) {
        return new TextRange(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
    }

    private static TextRange trimmed(String text, int start, int end, int offset) {
        TextRange unit = trim(text, start, end);
        // an offset on whitespace between units still yields a valid (possibly empty) range at the offset
        return unit.length() > 0 ? unit : new TextRange(offset, offset);
    }

    /** {@code [start, end)} without the whitespace at either end; empty when it holds nothing else. */
    private static TextRange trim(String text, int start, int end) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        return new TextRange(s, e);
    }

    private static void checkOffset(String text, int offset) {
        if (offset < 0 || offset > text.length()) {
            throw new IndexOutOfBoundsException("Offset " + offset + " outside text of " + text.length() + " units");
        }
    }
}
