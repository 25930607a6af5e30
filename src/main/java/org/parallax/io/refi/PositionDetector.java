package org.parallax.io.refi;

import java.util.List;

/**
 * Decides per source how a tool counted selection positions: Unicode code points as the standard says,
 * UTF-16 units with CRLF as two, UTF-16 units with CRLF as one, or code points with CRLF as one. Each reading is scored by how many
 * selection boundaries fall on word boundaries and how many selections match the text they carry;
 * the standard wins ties. Positions are mapped to UTF-16 indices of the raw text (BOM removed).
 */
final class PositionDetector {
    private static final int INVALID = -1;

    /** A selection as read: positions in an unknown convention, and the selected text if the file gave it. */
    record RawSelection(long start, long end, String carriedText) {
    }

    private final String raw;
    private final int[] lfToRaw;
    /** Made on first use: most sources are settled by the other conventions' scores alone. */
    private int[] lfCodePointToRaw;
    /** Whether code points and UTF-16 units differ; a text without surrogates needs no table to count its code points. */
    private final boolean hasSurrogates;
    /** For each code point of the text, its UTF-16 index; made on first use, and only for a text with surrogates. */
    private int[] codePointToRaw;

    PositionDetector(String raw) {
        this.raw = raw;
        this.lfToRaw = lfToRaw(raw);
        this.hasSurrogates = raw.chars().anyMatch(c -> Character.isSurrogate((char) c));
    }

    PositionConvention detect(List<RawSelection> selections) {
        PositionConvention best = PositionConvention.CODE_POINTS;
        long bestScore = score(best, selections);
        for (PositionConvention c : PositionConvention.values()) {
            long s = score(c, selections);
            if (s > bestScore) {
                best = c;
                bestScore = s;
            }
        }
        return best;
    }

    /** The UTF-16 index in the raw text of {@code position} read in {@code convention}, or -1 if outside. */
    int toRawIndex(PositionConvention convention, long position) {
        if (position < 0) {
            return INVALID;
        }
        return switch (convention) {
            case CODE_POINTS -> codePointIndex(position);
            case UTF16_CRLF_TWO -> position <= raw.length() ? (int) position : INVALID;
            case UTF16_CRLF_ONE -> position < lfToRaw.length ? lfToRaw[(int) position] : INVALID;
            case CODE_POINTS_CRLF_ONE -> position < lfCodePointToRaw().length
                    ? lfCodePointToRaw()[(int) position] : INVALID;
        };
    }

    private long score(PositionConvention c, List<RawSelection> selections) {
        long score = 0;
        for (RawSelection s : selections) {
            int start = toRawIndex(c, s.start());
            int end = toRawIndex(c, s.end());
            if (start == INVALID || end == INVALID || end <= start) {
                score -= 20;
                continue;
            }
            score += boundary(start) + boundary(end);
            if (s.carriedText() != null && !s.carriedText().isBlank()) {
                score += textMatch(squash(raw.substring(start, end)), squash(s.carriedText()));
            }
        }
        return score;
    }

    private int boundary(int i) {
        if (i == 0 || i == raw.length()) {
            return 1;
        }
        char before = raw.charAt(i - 1);
        char at = raw.charAt(i);
        if (Character.isHighSurrogate(before) || (before == '\r' && at == '\n')) {
            return -5;
        }
        return !Character.isLetterOrDigit(raw.codePointBefore(i)) || !Character.isLetterOrDigit(raw.codePointAt(i))
                ? 1 : 0;
    }

    private static int textMatch(String selected, String carried) {
        if (selected.equals(carried)) {
            return 10;
        }
        int shorter = Math.min(selected.length(), carried.length());
        // Tools often shorten the selection's name; a common beginning still counts.
        return shorter >= 3 && (selected.startsWith(carried) || carried.startsWith(selected)) ? 5 : 0;
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /**
     * The UTF-16 index of a code point position, looked up rather than counted from the start each time: a source of
     * megabytes with tens of thousands of selections made the count the whole import's work (hours).
     */
    private int codePointIndex(long position) {
        if (!hasSurrogates) {
            return position <= raw.length() ? (int) position : INVALID;
        }
        if (codePointToRaw == null) {
            int[] map = new int[raw.length() + 1];
            int n = 0;
            for (int i = 0; i < raw.length(); i += Character.charCount(raw.codePointAt(i))) {
                map[n++] = i;
            }
            map[n++] = raw.length();
            codePointToRaw = java.util.Arrays.copyOf(map, n);
        }
        return position < codePointToRaw.length ? codePointToRaw[(int) position] : INVALID;
    }

    /** For each code point of the text with CRLF read as one, the index in the raw text. */
    private int[] lfCodePointToRaw() {
        if (lfCodePointToRaw == null) {
            int[] map = new int[lfToRaw.length];
            int n = 0;
            for (int at : lfToRaw) {
                boolean insidePair = at > 0 && at < raw.length() && Character.isHighSurrogate(raw.charAt(at - 1))
                        && Character.isLowSurrogate(raw.charAt(at));
                if (!insidePair) {
                    map[n++] = at;
                }
            }
            lfCodePointToRaw = java.util.Arrays.copyOf(map, n);
        }
        return lfCodePointToRaw;
    }

    /** For each UTF-16 index of the text with CRLF read as one unit, the index in the raw text. */
    private static int[] lfToRaw(String raw) {
        int[] map = new int[raw.length() + 1];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            map[n++] = i;
            if (raw.charAt(i) == '\r' && i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                i++;
            }
        }
        map[n++] = raw.length();
        return java.util.Arrays.copyOf(map, n);
    }
}
