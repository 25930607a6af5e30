package org.parallax.io;

import java.text.Normalizer;

/**
 * The one normalisation every imported text goes through, so that segment offsets refer to a
 * stable string: BOM removed, CRLF and lone CR turned into LF, Unicode NFC. Nothing else changes.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /** Returns the normalised form of {@code text}. */
    public static String normalize(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        s = s.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(s, Normalizer.Form.NFC);
    }
}
