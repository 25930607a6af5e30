package org.parallax.model;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a code by the name a user typed: the exact name, else the one code whose name differs only in
 * case; otherwise a message that says which codes were meant ("did you mean …").
 */
public final class CodeNames {
    private static final int MAX_SUGGESTIONS = 3;

    private CodeNames() {
    }

    /** The code called {@code name}, exactly or (when only one code matches) ignoring case. */
    public static Optional<Code> find(List<Code> codes, String name) {
        String wanted = name == null ? "" : Names.clean(name);
        Optional<Code> exact = codes.stream().filter(c -> c.name().equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<Code> loose = ignoringCase(codes, wanted);
        return loose.size() == 1 ? Optional.of(loose.get(0)) : Optional.empty();
    }

    /**
     * The code of {@code book} called {@code name}; an unknown or ambiguous name is a {@link ParallaxException}
     * saying why. A frame's name (Realism, typed where a code was asked for) is said to be a frame's, with its codes
     * to choose from, rather than called unknown.
     */
    public static Code require(Codebook book, String name) {
        return find(book.codes(), name).orElseThrow(() -> new ParallaxException(whyNone(book, name)));
    }

    /**
     * Why {@code name} finds no code of {@code book}: a frame's name, with its codes to choose from; an unknown name,
     * with the codes that come close; or several codes that differ only in case.
     */
    public static String whyNone(Codebook book, String name) {
        return frameNamed(book, name).map(frame -> notACode(book, frame)).orElseGet(() -> problem(book.codes(), name));
    }

    /** The frame called {@code name}, exactly or (when only one frame matches) ignoring case. */
    public static Optional<Frame> frameNamed(Codebook book, String name) {
        String wanted = name == null ? "" : Names.clean(name);
        Optional<Frame> exact = book.frames().stream().filter(f -> f.name().equals(wanted)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        List<Frame> loose = book.frames().stream().filter(f -> f.name().equalsIgnoreCase(wanted)).toList();
        return loose.size() == 1 ? Optional.of(loose.get(0)) : Optional.empty();
    }

    /**
     * Why {@code name} finds no frame of {@code book}: a code's name, to be given as {@code code:}; else the frames
     * there are.
     */
    public static String whyNoFrame(Codebook book, String name) {
        String wanted = name == null ? "" : Names.clean(name);
        if (find(book.codes(), wanted).isPresent()) {
            return "'" + wanted + "' is a code, not a frame: search its passages with code:\"" + wanted + "\"";
        }
        List<String> frames = book.frames().stream().map(f -> "'" + f.name() + "'").toList();
        return "Unknown frame '" + wanted + "': " + (frames.isEmpty() ? "the project has no frames"
                : "the project's frames are " + String.join(", ", frames));
    }

    private static String notACode(Codebook book, Frame frame) {
        List<Code> codes = book.codesOf(frame);
        return "'" + frame.name() + "' is a frame, not a code: " + (codes.isEmpty()
                ? "it has no codes yet (the codes command lists the project's codes)"
                : "give one of its codes, " + quoted(codes));
    }

    /** Why {@code name} names no single code, with the likely candidates. */
    static String problem(List<Code> codes, String name) {
        String wanted = name == null ? "" : Names.clean(name);
        if (codes.isEmpty()) {
            // a project made without a codebook (`parallax new P`): listing its codes would show nothing to choose from
            return "Unknown code '" + wanted + "': the project has no codes yet (parallax codebook import PROJECT "
                    + "table1 adds the study's Table 1 codebook, parallax codebook import PROJECT FILE.json your own)";
        }
        List<Code> loose = ignoringCase(codes, wanted);
        if (loose.size() > 1) {
            return "'" + wanted + "' matches several codes that differ only in case: " + quoted(loose)
                    + "; give the exact name";
        }
        List<Code> near = nearest(codes, wanted);
        String hint = near.isEmpty() ? "" : "; did you mean " + quoted(near) + "?";
        return "Unknown code '" + wanted + "'" + hint + " (the codes command lists the project's codes)";
    }

    private static List<Code> ignoringCase(List<Code> codes, String wanted) {
        return codes.stream().filter(c -> c.name().equalsIgnoreCase(wanted)).toList();
    }

    /** Codes whose name contains the typed text (or is contained in it) or is a few edits away. */
    private static List<Code> nearest(List<Code> codes, String wanted) {
        String typed = wanted.toLowerCase(Locale.ROOT);
        int tolerance = Math.max(2, typed.length() / 4);
        return codes.stream()
                .filter(c -> {
                    String n = c.name().toLowerCase(Locale.ROOT);
                    return !typed.isEmpty() && (n.contains(typed) || typed.contains(n)
                            || distance(n, typed, tolerance) <= tolerance);
                })
                .sorted(Comparator.comparingInt(c -> distance(c.name().toLowerCase(Locale.ROOT), typed,
                        Integer.MAX_VALUE)))
                .limit(MAX_SUGGESTIONS)
                .toList();
    }

    private static String quoted(List<Code> codes) {
        List<String> names = codes.stream().map(c -> "'" + c.name() + "'").toList();
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    }

    /** Levenshtein distance, giving up (returning more than {@code limit}) when lengths already differ more. */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit == Integer.MAX_VALUE ? Math.abs(a.length() - b.length()) + Math.min(a.length(), b.length())
                    : limit + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
