package org.parallax.io;

import java.util.List;
import java.util.OptionalInt;

/**
 * Joins a PDF's pages into the text a reader sees (docs/import.md, <i>PDF</i>): the printed lines of a
 * paragraph become one line (a typesetter's hyphen at a line end goes, see {@link LineEndHyphens}),
 * paragraphs are separated by a blank line, running headers, footers and page numbers are left out
 * ({@link RunningLines}), and where a page begins a marker such as {@code [p. 4]} keeps the page for
 * quoting (docs/decisions/0020-pdf-page-markers.md). A paragraph that runs on over a page break stays one
 * paragraph, with the marker between its words.
 */
final class PdfReadingText {
    /** Leader dots before the page number that ends a line of a table of contents. */
    private static final int LEADER_DOTS = 4;

    private PdfReadingText() {
    }

    static String of(List<PdfPage> pages) {
        RunningLines.Result cleaned = RunningLines.remove(pages);
        List<PdfPage> kept = cleaned.pages().stream().filter(p -> !p.paragraphs().isEmpty()).toList();
        LineEndHyphens hyphens = new LineEndHyphens(kept.stream().flatMap(p -> p.lines().stream()).toList());
        StringBuilder text = new StringBuilder();
        StringBuilder paragraph = new StringBuilder();
        boolean multiLine = false;
        for (PdfPage page : kept) {
            String marker = marker(page.number(), cleaned.printedOffset());
            List<List<String>> paragraphs = page.paragraphs();
            for (int p = 0; p < paragraphs.size(); p++) {
                List<String> lines = paragraphs.get(p);
                boolean pageStart = p == 0;
                if (pageStart && !paragraph.isEmpty() && runsOn(paragraph, multiLine, lines, hyphens)) {
                    appendAcrossPage(paragraph, lines.get(0), marker, hyphens);
                    multiLine = true;
                } else {
                    flush(text, paragraph);
                    if (pageStart && (!text.isEmpty() || !marker.equals(marker(1, OptionalInt.empty())))) {
                        text.append(text.isEmpty() ? "" : "\n\n").append(marker).append("\n\n");
                    }
                    paragraph.append(lines.get(0));
                    multiLine = false;
                }
                for (int i = 1; i < lines.size(); i++) {
                    append(paragraph, lines.get(i - 1), lines.get(i), hyphens);
                    multiLine = true;
                }
            }
        }
        flush(text, paragraph);
        return text.toString();
    }

    /**
     * "[p. 4]" with the number printed on the page where the pages carry numbers, else the file's page
     * number; "[file p. 2]" for a page before the printed numbering starts (a cover, front matter).
     */
    static String marker(int filePage, OptionalInt printedOffset) {
        int printed = filePage + printedOffset.orElse(0);
        return printed >= 1 ? "[p. " + printed + "]" : "[file p. " + filePage + "]";
    }

    /**
     * Whether the paragraph that ends a page goes on at the top of the next: it stops on a broken word or a
     * comma, the next page goes on in lower case, or both have several lines and the first no closing
     * punctuation (a heading, a title or a list item at a page's edge is one line).
     */
    private static boolean runsOn(CharSequence paragraph, boolean multiLine, List<String> next,
                                  LineEndHyphens hyphens) {
        char last = paragraph.charAt(paragraph.length() - 1);
        String first = next.get(0);
        return hyphens.joint(paragraph, first) != LineEndHyphens.Joint.SPACE
                || last == ','
                || Character.isLowerCase(first.charAt(0))
                || (multiLine && next.size() > 1 && Character.isLetterOrDigit(last));
    }

    private static void append(StringBuilder paragraph, String previous, String line, LineEndHyphens hyphens) {
        if (isContentsEntry(previous)) {
            paragraph.append('\n').append(line);
            return;
        }
        switch (hyphens.joint(paragraph, line)) {
            case SPACE -> paragraph.append(' ');
            case KEEP_HYPHEN -> { }
            case DROP_HYPHEN -> paragraph.setLength(paragraph.length() - 1);
        }
        paragraph.append(line);
    }

    /** A line of a table of contents, "4.2 Process ........ 8", keeps its own line. */
    static boolean isContentsEntry(String line) {
        int i = line.length();
        while (i > 0 && Character.isDigit(line.charAt(i - 1))) {
            i--;
        }
        if (i == line.length()) {
            return false;
        }
        int dots = 0;
        while (i > 0 && (line.charAt(i - 1) == '.' || line.charAt(i - 1) == ' ')) {
            dots += line.charAt(--i) == '.' ? 1 : 0;
        }
        return dots >= LEADER_DOTS;
    }

    /** The marker goes where the page begins: before its first word, or after it when a broken word ends there. */
    private static void appendAcrossPage(StringBuilder paragraph, String line, String marker, LineEndHyphens hyphens) {
        LineEndHyphens.Joint joint = hyphens.joint(paragraph, line);
        if (joint == LineEndHyphens.Joint.SPACE) {
            paragraph.append(' ').append(marker).append(' ').append(line);
            return;
        }
        if (joint == LineEndHyphens.Joint.DROP_HYPHEN) {
            paragraph.setLength(paragraph.length() - 1);
        }
        int wordEnd = line.indexOf(' ');
        if (wordEnd < 0) {
            paragraph.append(line).append(' ').append(marker);
        } else {
            paragraph.append(line, 0, wordEnd).append(' ').append(marker).append(line, wordEnd, line.length());
        }
    }

    private static void flush(StringBuilder text, StringBuilder paragraph) {
        if (paragraph.isEmpty()) {
            return;
        }
        if (!text.isEmpty() && !endsWithBlankLine(text)) {
            text.append("\n\n");
        }
        text.append(paragraph);
        paragraph.setLength(0);
    }

    private static boolean endsWithBlankLine(CharSequence text) {
        int n = text.length();
        return n >= 2 && text.charAt(n - 1) == '\n' && text.charAt(n - 2) == '\n';
    }
}
