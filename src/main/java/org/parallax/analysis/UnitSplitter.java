package org.parallax.analysis;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Splits a stored text into the units agreement and co-occurrence count: paragraphs (as
 * {@link TextUnits#paragraphs}: blocks between blank lines, or lines when a text has none), sentences (java.text.BreakIterator) and speaker turns (a line that
 * starts with a speaker label such as "Putin:" or "Q:" opens a turn that runs to the next one).
 * Ranges are trimmed of surrounding white space; white-space-only units are left out.
 */
public final class UnitSplitter {
    /** What a unit of text is. */
    public enum Kind { SENTENCE, PARAGRAPH, TURN }

    private static final Pattern SPEAKER = Pattern.compile("[\\p{L}][\\p{L}\\p{N} .'\u2019()-]{0,59}:(\\s|$)");

    private UnitSplitter() {
    }

    public static List<TextUnit> split(Kind kind, long documentId, String text, Locale locale) {
        return switch (kind) {
            case SENTENCE -> sentences(documentId, text, locale);
            case PARAGRAPH -> paragraphs(documentId, text);
            case TURN -> turns(documentId, text);
        };
    }

    /** Paragraphs by the same rule auto-coding uses, so both features agree on what a paragraph is. */
    public static List<TextUnit> paragraphs(long documentId, String text) {
        return TextUnits.paragraphs(text).stream().map(r -> new TextUnit(documentId, r.start(), r.end())).toList();
    }

    private static List<TextUnit> lines(long documentId, String text) {
        List<TextUnit> units = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            addTrimmed(units, documentId, text, start, end);
            start = end + 1;
        }
        return units;
    }

    /** Sentences within paragraphs, so a heading without a full stop never swallows the next line. */
    public static List<TextUnit> sentences(long documentId, String text, Locale locale) {
        List<TextUnit> units = new ArrayList<>();
        BreakIterator iterator = BreakIterator.getSentenceInstance(locale == null ? Locale.ROOT : locale);
        for (TextUnit paragraph : paragraphs(documentId, text)) {
            iterator.setText(text.substring(paragraph.start(), paragraph.end()));
            int from = iterator.first();
            for (int to = iterator.next(); to != BreakIterator.DONE; from = to, to = iterator.next()) {
                addTrimmed(units, documentId, text, paragraph.start() + from, paragraph.start() + to);
            }
        }
        return units;
    }

    /** Speaker turns; text before the first speaker label is one turn of its own. */
    public static List<TextUnit> turns(long documentId, String text) {
        List<TextUnit> units = new ArrayList<>();
        int turnStart = 0;
        for (TextUnit line : lines(documentId, text)) {
            if (line.start() > turnStart
                    && SPEAKER.matcher(text).region(line.start(), line.end()).lookingAt()) {
                addTrimmed(units, documentId, text, turnStart, line.start());
                turnStart = line.start();
            }
        }
        addTrimmed(units, documentId, text, turnStart, text.length());
        return units;
    }

    private static void addTrimmed(List<TextUnit> units, long documentId, String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            units.add(new TextUnit(documentId, start, end));
        }
    }
}
