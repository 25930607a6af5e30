package org.parallax.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Whether this JVM can read the file names it was given. Java decodes file names, arguments and the current and
 * home folders with the locale's character set ({@code sun.jnu.encoding}), fixed when the JVM starts; without a
 * UTF-8 locale ({@code LANG} unset, {@code C}, or a locale the system does not have) that is ASCII and every other
 * letter becomes U+FFFD, so a Cyrillic path read as "Malformed input" or a wrong "no such file", and a command
 * started inside a Cyrillic folder died with a stack trace. The installed launchers set a UTF-8 locale; for
 * {@code java -jar} this says in one line which name could not be read and what to type instead (ADR 0022: why the
 * JVM is not started again by itself).
 */
public final class FileNameLocale {
    private static final char LOST = '\uFFFD';

    private FileNameLocale() {
    }

    /** The line to print instead of running ("parallax: cannot read …"), or null when every name could be read. */
    public static String problem(String[] args) {
        Map<String, String> environment = System.getenv();
        String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        List<String> raw = RawProcessText.arguments(args.length);
        for (int i = 0; i < args.length; i++) {
            if (args[i].indexOf(LOST) >= 0) {
                return "parallax: " + advice(encoding, environment, "the file name " + quoted(raw.get(i), args[i]));
            }
        }
        String folder = System.getProperty("user.dir", "");
        if (folder.indexOf(LOST) >= 0) {
            return "parallax: " + advice(encoding, environment, "the name of the folder it was started in, "
                    + quoted(RawProcessText.variable("PWD"), folder));
        }
        String home = System.getProperty("user.home", "");
        if (home.indexOf(LOST) >= 0) {
            return "parallax: " + advice(encoding, environment, "the home folder "
                    + quoted(RawProcessText.variable("HOME"), home));
        }
        return null;
    }

    /**
     * The one line for a name that could not be read ({@code what}, e.g. "the file name “…”"): why, in terms of the
     * locale the user has, and the command that works.
     */
    static String advice(String encoding, Map<String, String> environment, String what) {
        if (encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("UTF8")) {
            return "cannot read " + what + ": it is not valid in the character set of file names";
        }
        return "cannot read " + what + ": Java reads file names here as " + encoding + " because "
                + whyNotUtf8(environment) + "; run it with a UTF-8 locale, e.g. LC_ALL=C.UTF-8 java -jar "
                + "parallax.jar … (the installed parallax command sets one itself)";
    }

    /** The line for a path found later (a remembered project, a listed folder) that this JVM cannot encode. */
    static String adviceForPath(String path) {
        return advice(System.getProperty("sun.jnu.encoding", "UTF-8"), System.getenv(), "the file name \u201c" + path
                + "\u201d");
    }

    static String whyNotUtf8(Map<String, String> environment) {
        for (String name : List.of("LC_ALL", "LC_CTYPE", "LANG")) {
            String value = environment.get(name);
            if (value == null || value.isEmpty()) {
                continue;
            }
            if (value.equals("C") || value.equals("POSIX")) {
                return name + "=" + value + " sets no UTF-8 locale";
            }
            return name + "=" + value + " names a locale this system does not have (or one without UTF-8)";
        }
        return "no locale is set (LANG, LC_ALL and LC_CTYPE are empty)";
    }

    /** The name as typed when its bytes could be read again, else as Java read it (letters shown as �). */
    private static String quoted(String raw, String asRead) {
        boolean sameName = raw != null && lossy(raw).equals(asRead);
        return "\u201c" + (sameName ? raw : asRead) + "\u201d";
    }

    /** What an ASCII decoder makes of a name's UTF-8 bytes: one U+FFFD for each byte outside ASCII. */
    static String lossy(String name) {
        StringBuilder out = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            out.append(b >= 0 ? (char) b : LOST);
        }
        return out.toString();
    }

    /** The process's own arguments and environment as bytes, read again from Linux's /proc (empty elsewhere). */
    static final class RawProcessText {
        private RawProcessText() {
        }

        /** The last {@code count} words of the command line, decoded as UTF-8, or nulls when unknown. */
        static List<String> arguments(int count) {
            List<String> words = words(Path.of("/proc/self/cmdline"));
            List<String> last = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = words.size() - count + i;
                last.add(index >= 0 ? words.get(index) : null);
            }
            return last;
        }

        static String variable(String name) {
            for (String word : words(Path.of("/proc/self/environ"))) {
                if (word.startsWith(name + "=")) {
                    return word.substring(name.length() + 1);
                }
            }
            return null;
        }

        private static List<String> words(Path file) {
            List<String> words = new ArrayList<>();
            try {
                byte[] bytes = Files.readAllBytes(file);
                int start = 0;
                for (int i = 0; i < bytes.length; i++) {
                    if (bytes[i] == 0) {
                        words.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                        start = i + 1;
                    }
                }
            } catch (java.io.IOException | RuntimeException e) {
                // not Linux, or /proc not mounted: the names are given as Java read them
            }
            return words;
        }
    }
}
