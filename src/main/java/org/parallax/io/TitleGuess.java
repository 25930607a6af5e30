package org.parallax.io;

import java.nio.file.Path;

/**
 * Picks a document title: the one the file declares, else the first non-blank line of the text
 * (Markdown heading marks removed, YAML front matter skipped), else the file name.
 */
final class TitleGuess {
    static final int MAX_LENGTH = 200;

    private TitleGuess() {
    }

    static String choose(String declared, String text, Path file) {
        if (declared != null && !declared.isBlank()) {
            return cut(declared.strip().replaceAll("\\s+", " "));
        }
        String line = firstContentLine(text);
        if (line != null) {
            return cut(line);
        }
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String firstContentLine(String text) {
        String[] lines = text.split("\n", -1);
        int start = frontMatterEnd(lines);
        for (int i = start; i < lines.length; i++) {
            String line = lines[i].strip().replaceFirst("^#+", "").strip();
            if (!line.isEmpty()) {
                return line;
            }
        }
        return null;
    }

    /** Index of the first line after a leading "---" ... "---" block, or 0 if there is none. */
    private static int frontMatterEnd(String[] lines) {
        if (lines.length == 0 || !lines[0].strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String cut(String s) {
        if (s.length() <= MAX_LENGTH) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return s.substring(0, end);
    }
}
