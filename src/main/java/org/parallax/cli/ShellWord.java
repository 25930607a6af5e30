package org.parallax.cli;

import java.util.regex.Pattern;

/** A word of a command the user is told to run, quoted for a POSIX shell when it holds anything but plain letters. */
final class ShellWord {
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}._/+,:@=-]+");

    private ShellWord() {
    }

    /** {@code word} as is when the shell takes it so, else in single quotes (a quote inside closed and escaped). */
    static String of(String word) {
        return PLAIN.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }
}
