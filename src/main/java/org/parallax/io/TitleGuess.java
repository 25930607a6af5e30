package org.parallax.io;

import java.nio.file.Path;
import org.parallax.model.Names;

/**
 * Picks a document title: the one the file declares (front matter, first Markdown heading, HTML
 * {@code <title>}, DOCX or PDF metadata, as each extractor finds it), else the file name without a
 * leading date, its extension and a trailing tag of the text's language, underscores read as spaces, its letters cased
 * as the file's author cased them. Never the first words of the body: those are rarely a title.
 */
final class TitleGuess {
    static final int MAX_LENGTH = 200;

    private TitleGuess() {
    }

    /** The declared title, else one made from the file name of a text in {@code language} ({@link LanguageGuess}). */
    static String choose(String declared, Path file, String language) {
        if (declared != null && !oneLine(declared).isEmpty()) {
            return cut(oneLine(declared));
        }
        return fromFileName(file, language);
    }

    /**
     * The file's name as its author cased it: a capital put on the first letter of a name in lower case alone made
     * half a title ("Putin meets nato sg robertson readout kremlin"), and only the author knows which words are names.
     */
    static String fromFileName(Path file, String language) {
        Path fileName = file.getFileName();
        String name = fileName == null ? file.toString() : fileName.toString();
        int dot = name.lastIndexOf('.');
        String title = oneLine(wordsApart(IsoDates.withoutLeading(dot > 0 ? name.substring(0, dot) : name)));
        return cut(title.isEmpty() ? "(untitled)" : withoutLanguageTag(title, language));
    }

    /**
     * Without a last word (after a space, hyphen or dot) that is the text's own language tag:
     * {@code summit_declaration_ru.txt} or {@code summit-declaration-ru.txt} of a Russian text is
     * the "summit declaration" (the tag tells a folder's copies apart, and the document's language is recorded
     * anyway); a tag that is not the text's language says something and stays, as does a title of the tag alone.
     */
    private static String withoutLanguageTag(String title, String language) {
        int cut = title.length() - (language == null ? 0 : language.length()) - 1;
        if (language == null || language.isEmpty() || cut <= 0 || " -.".indexOf(title.charAt(cut)) < 0
                || !title.substring(cut + 1).equalsIgnoreCase(language)) {
            return title;
        }
        String rest = title.substring(0, cut).strip();
        return rest.isEmpty() ? title : rest;
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
