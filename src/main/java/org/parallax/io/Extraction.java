package org.parallax.io;

import java.util.List;

/**
 * Raw text taken out of a file, before normalisation, with the title the file declares (or null) and
 * warnings (one line each, naming the file) about what could not be read faithfully.
 */
record Extraction(String text, String declaredTitle, List<String> warnings) {
    Extraction {
        warnings = List.copyOf(warnings);
    }

    Extraction(String text, String declaredTitle) {
        this(text, declaredTitle, List.of());
    }

    static Extraction of(DecodedText decoded) {
        return new Extraction(decoded.text(), null, decoded.warnings());
    }
}
