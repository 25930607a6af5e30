package org.parallax.io.refi;

import java.text.Normalizer;
import java.util.Arrays;
import org.parallax.io.TextNormalizer;

/**
 * Maps UTF-16 indices of a source's raw text to the text Parallax stores ({@link TextNormalizer}: CRLF → LF, NFC). Each
 * index is found from the nearest point before it whose normalised position is known, not by normalising the text
 * from its start: a source of megabytes with tens of thousands of selections took hours that way.
 */
final class NormalisedIndex {
    /** Distance between the points whose normalised position is kept, in UTF-16 units of the raw text. */
    private static final int STRIDE = 4096;

    private final String raw;
    /** Indices of the CRs of the raw text's CRLFs, ascending. */
    private final int[] crlfs;
    /** For a text not in NFC: raw indices where normalising may be cut, and the normalised length before each. */
    private int[] points;
    private int[] normalisedBefore;

    NormalisedIndex(String raw) {
        this.raw = raw;
        this.crlfs = crlfs(raw);
        if (!Normalizer.isNormalized(raw.replace("\r\n", "\n"), Normalizer.Form.NFC)) {
            cutPoints();
        }
    }

    /** The index in the normalised text of the raw text's index {@code rawIndex}. */
    int of(int rawIndex) {
        if (points == null) {
            // CRLFs that end before the index each lose a unit; one whose LF is the index stays whole, as it did.
            int found = Arrays.binarySearch(crlfs, rawIndex - 1);
            return rawIndex - (found >= 0 ? found : -found - 1);
        }
        int found = Arrays.binarySearch(points, rawIndex);
        int k = found >= 0 ? found : -found - 2;
        return normalisedBefore[k] + TextNormalizer.normalize(raw.substring(points[k], rawIndex)).length();
    }

    /**
     * Points about every {@link #STRIDE} units before an ASCII character other than the LF of a CRLF: NFC never
     * composes or reorders across such a character (it starts a new character and nothing combines with what came
     * before it), and no CRLF is cut, so normalising the pieces apart gives the lengths normalising the whole gives.
     */
    private void cutPoints() {
        int[] at = new int[raw.length() / STRIDE + 2];
        int[] before = new int[at.length];
        int n = 1;
        int last = 0;
        for (int i = STRIDE; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (i - last >= STRIDE && c < 0x80 && !(c == '\n' && raw.charAt(i - 1) == '\r')) {
                at[n] = i;
                before[n] = before[n - 1] + TextNormalizer.normalize(raw.substring(last, i)).length();
                last = i;
                n++;
                if (n == at.length) {
                    at = Arrays.copyOf(at, n * 2);
                    before = Arrays.copyOf(before, n * 2);
                }
            }
        }
        points = Arrays.copyOf(at, n);
        normalisedBefore = Arrays.copyOf(before, n);
    }

    private static int[] crlfs(String raw) {
        int[] out = new int[16];
        int n = 0;
        for (int i = raw.indexOf("\r\n"); i >= 0; i = raw.indexOf("\r\n", i + 2)) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = i;
        }
        return Arrays.copyOf(out, n);
    }
}
