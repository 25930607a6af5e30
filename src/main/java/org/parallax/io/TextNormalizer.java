package org.parallax.io;

import java.text.Normalizer;
import org.parallax.model.LoneSurrogates;

/**
 * The one normalisation every imported text goes through, so that segment offsets refer to a
 * stable string: BOM removed, CRLF and lone CR turned into LF, Unicode NFC, and half a character (a lone surrogate,
 * as HTML's "&amp;#xD800;" gives) made U+FFFD, one unit for one, since SQLite would store it as '?'. Nothing else
 * changes.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** Returns the normalised form of {@code text}. */
    public static String normalize(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        return LoneSurrogates.replaced(Normalizer.normalize(s, Normalizer.Form.NFC));
    }
}
