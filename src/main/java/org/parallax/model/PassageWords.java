package org.parallax.model;

/**
 * A passage's first words, as a researcher finds it again in its document ("NATO and Russia met in…"): its number
 * alone names nothing they can see, in the window or in a report.
 */
public final class PassageWords {
    /** Words shown at most; a longer passage is cut after them with "…". */
    static final int WORDS = 6;
    /** Characters shown at most, for a passage of few but long words (a URL, a text without spaces). */
    static final int LIMIT = 48;

    private PassageWords() {
    }

    /**
     * The first words of {@code [start, end)} of {@code text}, spaces and line breaks as one space, "…" after them when
     * the passage goes on; empty when the range does not lie inside the text or splits a character (damage), so
     * nothing is made up.
     */
    public static String of(String text, int start, int end) {
        if (text == null || start < 0 || end <= start || end > text.length() || Offsets.splitsCodePoint(text, start)
                || Offsets.splitsCodePoint(text, end)) {
            return "";
        }
        String passage = text.substring(start, end).strip().replaceAll("\\s+", " ");
        int cut = passage.length();
        int spaces = 0;
        for (int i = 0; i < passage.length(); i++) {
            if (passage.charAt(i) == ' ' && ++spaces == WORDS) {
                cut = i;
                break;
            }
        }
        if (cut > LIMIT) {
            // Never between the two halves of a character: half of one prints as a question mark.
            cut = Offsets.splitsCodePoint(passage, LIMIT) ? LIMIT - 1 : LIMIT;
        }
        return cut < passage.length() ? passage.substring(0, cut) + "…" : passage;
    }

    /**
     * "passage 42 in document “Report”, “NATO and Russia met in…”": {@code document} as already named, the words left
     * out when {@link #of} finds none.
     */
    public static String passage(Object id, String document, String text, long start, long end) {
        String words = start < 0 || end > Integer.MAX_VALUE ? "" : of(text, (int) start, (int) end);
        return "passage " + id + " in " + document + (words.isEmpty() ? "" : ", “" + words + "”");
    }
}
