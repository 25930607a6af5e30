package org.parallax.io;

import java.nio.file.Path;
import org.parallax.model.Names;

/**
 * Picks a document title: the one the file declares (front matter, first Markdown heading, HTML
 * {@code <title>}, DOCX or PDF metadata, as each extractor finds it), else the file name without a
 * leading date and without its extension, underscores read as spaces. Never the first words of the body: those are rarely a title.
 */
final class TitleGuess {
    static final int MAX_LENGTH = 200;

    private TitleGuess() {
    }

    static String choose(String declared, Path file) {
        if (declared != null && !oneLine(declared).isEmpty()) {
            return cut(oneLine(declared));
        }
        return fromFileName(file);
    }

    static String fromFileName(Path file) {
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        int dot = name.lastIndexOf('.');
        String title = oneLine(wordsApart(IsoDates.withoutLeading(dot > 0 ? name.substring(0, dot) : name)));
        return cut(title.isEmpty() ? "(untitled)" : title);
    }

    /**
     * Underscores as spaces: file names stand in them for the spaces a title has ({@code Kremlin_speech_2007}), and a
     * title reads in lists, reports and citations. A name of underscores alone keeps them: it is the only name there is.
     */
    private static String wordsApart(String name) {
        String spaced = name.replace('_', ' ').strip();
        return spaced.isEmpty() ? name : spaced;
    }

    /**
     * Line breaks, tabs and control characters (a file name may hold any of them but '/') as single spaces, and
     * without the invisible characters that make it show as another name: a title is one line in every list, export
     * and the command line's "imported 3 TITLE".
     */
    private static String oneLine(String s) {
        return Names.clean(s);
    }

    private static String cut(String s) {
        if (s.length() <= MAX_LENGTH) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return s.substring(0, end);
    }
}
