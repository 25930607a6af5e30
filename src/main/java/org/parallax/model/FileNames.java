package org.parallax.model;

import java.nio.file.Path;

/**
 * A file's name or path as a message shows it: a control character (a line break or a tab is legal in a file name
 * on Linux and macOS) written as an escape, {@code \n}, {@code \t} or {@code \\u001B}, as {@code ls -b} does, so a
 * message naming the file stays one line and says which file it is.
 */
public final class FileNames {
    private FileNames() {
    }

    /** The last part of {@code file}'s path (the whole path when it has none, as for a root), shown. */
    public static String shown(Path file) {
        Path name = file.getFileName();
        return shown(name == null ? file.toString() : name.toString());
    }

    /** {@code name} with its control characters and line or paragraph separators written as escapes. */
    public static String shown(String name) {
        StringBuilder out = null;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String escape = escape(c);
            if (escape != null && out == null) {
                out = new StringBuilder(name.length() + 8).append(name, 0, i);
            }
            if (out != null) {
                out.append(escape != null ? escape : String.valueOf(c));
            }
        }
        return out == null ? name : out.toString();
    }

    private static String escape(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> Names.isControlOrSeparator(c) ? String.format("\\u%04X", (int) c) : null;
        };
    }
}
