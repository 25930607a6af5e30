package org.parallax.io;

/**
 * Text built from a word processor's paragraphs as the imports store them (docs/import.md): each paragraph ends in a
 * line break, with a blank line before all but the first, so paragraphs stay apart in the reading view; a blank
 * paragraph (a word processor's spacing) adds nothing.
 */
final class ParagraphText {
    private final StringBuilder text = new StringBuilder();

    void add(String paragraph) {
        if (paragraph == null || paragraph.isBlank()) {
            return;
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(paragraph).append('\n');
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
